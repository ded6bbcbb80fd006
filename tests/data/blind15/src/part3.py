# Part 3 of the blind15 hand-labelled evaluation set. A plain list literal, read by build.py with ast.literal_eval.
[
    # --- unwanted_contact: blocked stranger keeps making new accounts
    {"messages": [
        {"sender": "jake.real2", "text": "why did u block me"},
        {"sender": "jake.real2", "text": "i only wanted to chat"},
        {"sender": "Tegan", "text": "i dont know u. stop making new accounts"},
        {"sender": "jake.real2", "text": "this is my 4th one lol ill keep making them"},
        {"sender": "jake.real2", "text": "accept my request on Snapgram too, i sent it 6 times"},
        {"sender": "Tegan", "text": "im reporting u"},
        {"sender": "jake.real2", "text": "report all u want, u'll see me again \U0001F618"},
     ],
     "labels": ["unwanted_contact"], "evasion": False},

    # --- clean: godmother asks size for a surprise football kit
    {"participants": [{"id": "Auntie_Pam", "role": "adult"}, {"id": "Marley", "role": "child"}],
     "messages": [
        {"sender": "Auntie_Pam", "text": "Marley what size are you in tops now? Asking for a reason \U0001F440"},
        {"sender": "Marley", "text": "age 13-14 i think. why"},
        {"sender": "Auntie_Pam", "text": "No reason. Don't tell your brother I asked, he'll guess"},
        {"sender": "Marley", "text": "is it the new away kit"},
        {"sender": "Auntie_Pam", "text": "My lips are sealed \U0001F910"},
        {"sender": "Marley", "text": "ur the best"},
     ],
     "labels": [], "evasion": False},

    # --- unwanted_contact (evasion): stranger sends pictures, leetspeak, "sent 1 to ur m8s 2"
    {"participants": [{"id": "mols", "role": "child"}, {"id": "h0tb0y_93", "role": "unknown"}],
     "messages": [
        {"sender": "h0tb0y_93", "text": "h3y cut1e"},
        {"sender": "h0tb0y_93", "text": "[photo]"},
        {"sender": "h0tb0y_93", "text": "0pen it \U0001F60F its a surpr1se 4 u"},
        {"sender": "mols", "text": "wtf who r u"},
        {"sender": "h0tb0y_93", "text": "d0nt b shy, i s3nt 1 t0 ur m8s 2"},
        {"sender": "h0tb0y_93", "text": "[photo]"},
     ],
     "labels": ["unwanted_contact"], "evasion": True},

    # --- clean: meeting an online friend at a convention, with parents
    {"messages": [
        {"sender": "Rohan", "text": "r u still going to the comic con in Brightmoor?"},
        {"sender": "pixelpanda", "text": "yes!! my mum's coming with me"},
        {"sender": "Rohan", "text": "same my dad is. we could meet at the entrance"},
        {"sender": "pixelpanda", "text": "my mum said she wants to chat to ur dad first lol"},
        {"sender": "Rohan", "text": "ha fair. ill get him to message her on here"},
        {"sender": "pixelpanda", "text": "\U0001F44D cant wait to finally meet after 2 yrs of raids"},
     ],
     "labels": [], "evasion": False},

    # --- unwanted_contact: gaming stranger spams messages and calls, ignores refusal
    {"messages": [
        {"sender": "steve_plays", "text": "hey"},
        {"sender": "steve_plays", "text": "hey"},
        {"sender": "steve_plays", "text": "u there?"},
        {"sender": "steve_plays", "text": "why u not online, i waited for u"},
        {"sender": "steve_plays", "text": "i know u read these"},
        {"sender": "Lexi", "text": "im not allowed to talk to ppl i dont know"},
        {"sender": "steve_plays", "text": "we're not strangers, we played 2 games. answer my call"},
        {"sender": "steve_plays", "text": "[voice]"},
        {"sender": "steve_plays", "text": "[voice]"},
     ],
     "labels": ["unwanted_contact"], "evasion": False},

    # --- clean: school trip hotel room allocations
    {"participants": [{"id": "mr_okoro", "role": "adult"}, {"id": "Dina", "role": "child"}, {"id": "Ffion", "role": "child"}],
     "messages": [
        {"sender": "mr_okoro", "text": "Year 10 London trip: hotel rooms are up on the portal. 4 per room, girls' floor and boys' floor"},
        {"sender": "Dina", "text": "sir can me and Ffion swap into room 12"},
        {"sender": "mr_okoro", "text": "Send me a message with both names and I'll see. Train leaves 7:40 from platform 3"},
        {"sender": "Ffion", "text": "do we need money for the theatre"},
        {"sender": "mr_okoro", "text": "No, tickets are paid. Bring a bit for food. Passports not needed"},
     ],
     "labels": [], "evasion": False},

    # --- criminal_exploitation: "run this package", cash, debt threat, delete chat
    {"participants": [{"id": "Tj", "role": "child"}, {"id": "Bigz", "role": "unknown"}],
     "messages": [
        {"sender": "Bigz", "text": "u still need p?"},
        {"sender": "Tj", "text": "ye always"},
        {"sender": "Bigz", "text": "easy 50. take a parcel from mine to a guy on the Oakfield estate"},
        {"sender": "Tj", "text": "whats in it"},
        {"sender": "Bigz", "text": "dont ask, dont open it. get the bus, keep ur hood up"},
        {"sender": "Bigz", "text": "bring the cash back same day. if anything goes missing u owe me"},
        {"sender": "Tj", "text": "ok what time"},
        {"sender": "Bigz", "text": "4 sharp. come alone and delete this chat"},
     ],
     "labels": ["criminal_exploitation"], "evasion": False},

    # --- clean: mum tops up the game account with a gift card
    {"messages": [
        {"sender": "Kit", "text": "mum can u put the gift card from nanna on my game account"},
        {"sender": "Mum", "text": "Which one, the \u00a310 one?"},
        {"sender": "Kit", "text": "ye its in my birthday card on the shelf"},
        {"sender": "Mum", "text": "Done. Remember the rule, ask before you buy anything"},
        {"sender": "Kit", "text": "i will. thank u"},
     ],
     "labels": [], "evasion": False},

    # --- criminal_exploitation + location_control: location demanded 24/7 while working for a line
    {"messages": [
        {"sender": "Unc", "text": "why is ur location off"},
        {"sender": "Kade", "text": "battery died"},
        {"sender": "Unc", "text": "dont lie. keep it on 24/7, we see everything"},
        {"sender": "Unc", "text": "ur at the shop on Kings Rd. u should be at the trap by now"},
        {"sender": "Kade", "text": "im going im going"},
        {"sender": "Unc", "text": "send me live loc every 30 mins. if it goes off again u know what happens"},
     ],
     "labels": ["criminal_exploitation", "location_control"], "evasion": False},

    # --- clean: "hide the evidence" about eaten cake
    {"participants": [{"id": "Kezia", "role": "child"}, {"id": "Danny", "role": "child"}],
     "messages": [
        {"sender": "Kezia", "text": "we ate half of dad's birthday cake"},
        {"sender": "Danny", "text": "WE? u ate it"},
        {"sender": "Kezia", "text": "hide the evidence before he gets back"},
        {"sender": "Danny", "text": "what evidence its literally half a cake"},
        {"sender": "Kezia", "text": "turn it round so the cut side faces the wall \U0001F602"},
        {"sender": "Danny", "text": "genius. hes gonna know tho"},
     ],
     "labels": [], "evasion": False},

    # --- criminal_exploitation (evasion): emoji drugs/packages, debt bondage, threat
    {"participants": [{"id": "smiley_k", "role": "child"}, {"id": "boss_man", "role": "unknown"}],
     "messages": [
        {"sender": "boss_man", "text": "u lost the \U0001F343 last week so u owe 300"},
        {"sender": "smiley_k", "text": "i got robbed i told u"},
        {"sender": "boss_man", "text": "n0t my pr0blem. dr0p th3se \U0001F4E6 to the \U0001F3E0 by the c4nal 2nite"},
        {"sender": "boss_man", "text": "tw0 runs and ur d3bt is cl3ar"},
        {"sender": "smiley_k", "text": "my mum will notice im out"},
        {"sender": "boss_man", "text": "t3ll her ur at a m8s. we kn0w wh3re u l1ve \U0001F52A"},
     ],
     "labels": ["criminal_exploitation"], "evasion": True},

    # --- clean: history homework on smuggling and slavery
    {"messages": [
        {"sender": "Amara", "text": "what did u put for the smuggling question in history"},
        {"sender": "Jonah", "text": "that the smugglers used the caves at Polwenna to hide stuff from the customs men"},
        {"sender": "Amara", "text": "and the slavery essay?"},
        {"sender": "Jonah", "text": "im doing the abolition bit. miss said use 3 sources"},
        {"sender": "Amara", "text": "can u send me the link to the museum one [link]"},
        {"sender": "Jonah", "text": "thats the one. due thursday btw"},
     ],
     "labels": [], "evasion": False},

    # --- criminal_exploitation: "gift" trainers become a debt, trips out of town
    {"messages": [
        {"sender": "K", "text": "remember them trainers i got u"},
        {"sender": "Marcus", "text": "ye theyre sick"},
        {"sender": "K", "text": "\u00a3180 them. time to pay it back"},
        {"sender": "Marcus", "text": "u said they were a present"},
        {"sender": "K", "text": "nothings free. u can work it off, few trips to the coast on the train, carry a bag, come back"},
        {"sender": "K", "text": "my boys will sort ur ticket. back by monday, just say ur at ur dads"},
        {"sender": "Marcus", "text": "ive got school monday"},
        {"sender": "K", "text": "then go sunday. dont make me come find u"},
     ],
     "labels": ["criminal_exploitation"], "evasion": False},

    # --- clean: new classmates swap numbers
    {"participants": [{"id": "Lena", "role": "child"}, {"id": "Hattie", "role": "child"}],
     "messages": [
        {"sender": "Lena", "text": "hiii its Lena from form, Miss gave me ur @ for the science project"},
        {"sender": "Hattie", "text": "oh hey!! ye we're partners"},
        {"sender": "Lena", "text": "whats ur number so we can make a gc with Priya"},
        {"sender": "Hattie", "text": "07700 900467"},
        {"sender": "Lena", "text": "added u \U0001F60A shall we do it at the library tues"},
        {"sender": "Hattie", "text": "ye after school"},
     ],
     "labels": [], "evasion": False},

    # --- money_mule: "receive a payment for me", keep 10 percent, don't tell parents
    {"participants": [{"id": "Liv", "role": "child"}, {"id": "easycash.uk", "role": "unknown"}],
     "messages": [
        {"sender": "easycash.uk", "text": "hey Liv, u 16+ with a bank account?"},
        {"sender": "Liv", "text": "16 yeah why"},
        {"sender": "easycash.uk", "text": "need someone to receive a payment for me, my banks frozen"},
        {"sender": "easycash.uk", "text": "\u00a32000 comes in tomorrow, u send it on to my mates acc, keep \u00a3200 for urself"},
        {"sender": "Liv", "text": "is that legal"},
        {"sender": "easycash.uk", "text": "totally, its just a transfer. send ur sort code and acc number and dont mention it to ur parents"},
     ],
     "labels": ["money_mule"], "evasion": False},

    # --- clean: fantasy role-play threats in a game
    {"messages": [
        {"sender": "LordVex", "text": "*rides into the village* surrender the gold or I burn every house"},
        {"sender": "Elowen", "text": "*draws her bow* you'll get nothing from us, tyrant"},
        {"sender": "LordVex", "text": "*laughs* then your blacksmith dies first"},
        {"sender": "Elowen", "text": "*fires an arrow at his horse*"},
        {"sender": "LordVex", "text": "ooc: nice roll lol, ok my guy falls off"},
        {"sender": "Elowen", "text": "ooc: \U0001F602 gotta go tea, continue tmrw?"},
     ],
     "labels": [], "evasion": False},

    # --- money_mule: game account used to cash out coins for someone else
    {"messages": [
        {"sender": "vortexTrader", "text": "yo want free coins"},
        {"sender": "Kai", "text": "how"},
        {"sender": "vortexTrader", "text": "i send 50k coins to ur account, u sell them on the market for real money"},
        {"sender": "vortexTrader", "text": "then send the money to my PayFlick, keep 10%"},
        {"sender": "Kai", "text": "why cant u do it"},
        {"sender": "vortexTrader", "text": "my accs flagged. urs is clean. do it every week, easy money"},
     ],
     "labels": ["money_mule"], "evasion": False},

    # --- clean: aunt sends school trip money, asks for sort code
    {"participants": [{"id": "Auntie_Sal", "role": "adult"}, {"id": "Deon", "role": "child"}],
     "messages": [
        {"sender": "Deon", "text": "auntie mum said to ask if u still wanted to help with the france trip money"},
        {"sender": "Auntie_Sal", "text": "Of course! Send me your sort code and account number and I'll put \u00a350 in"},
        {"sender": "Deon", "text": "mum said to tell u its on the card she gave me, ill get her to send it"},
        {"sender": "Auntie_Sal", "text": "Perfect. Tell her I said hi"},
        {"sender": "Deon", "text": "thank u so much \u2764\uFE0F"},
     ],
     "labels": [], "evasion": False},

    # --- money_mule (evasion): "flip" offer, card and PIN, leetspeak
    {"participants": [{"id": "Ty_17", "role": "child"}, {"id": "flipkingz", "role": "unknown"}],
     "messages": [
        {"sender": "flipkingz", "text": "w4nna d0 a fl1p? \U0001F4B3\U0001F4B7"},
        {"sender": "Ty_17", "text": "whats a flip"},
        {"sender": "flipkingz", "text": "u g1ve me ur c4rd + p1n, m0ney g0es in, i t4ke it 0ut, u get 300 \U0001F4B0"},
        {"sender": "flipkingz", "text": "sq4re up in 24hrs, n0 r1sk"},
        {"sender": "Ty_17", "text": "what if the bank asks"},
        {"sender": "flipkingz", "text": "say ur c0usin s3nt it. l0ads of ppl at ur sch00l alr3ady d1d it"},
     ],
     "labels": ["money_mule"], "evasion": True},

    # --- clean: youth club trip, phones collected
    {"messages": [
        {"sender": "youthclub_Marie", "text": "Hi all, minibus to the climbing centre leaves Saturday 9am from the club car park"},
        {"sender": "youthclub_Marie", "text": "Consent forms signed by a parent please. Phones go in the box during climbing"},
        {"sender": "Jamal", "text": "can we have them on the bus"},
        {"sender": "youthclub_Marie", "text": "Yes on the bus, just not on the wall \U0001F602"},
        {"sender": "Jamal", "text": "fair"},
     ],
     "labels": [], "evasion": False},

    # --- money_mule: older lad moves money through a child's account, with a threat
    {"messages": [
        {"sender": "Deano", "text": "u got a Flint account?"},
        {"sender": "Jack", "text": "ye why"},
        {"sender": "Deano", "text": "need to move some p thru it, mines got too much going in"},
        {"sender": "Deano", "text": "3 payments coming tonight, send each one on to the numbers i give u"},
        {"sender": "Jack", "text": "wheres the money from"},
        {"sender": "Deano", "text": "business innit. u get 50 each time. and if u bottle it ill tell everyone u owe me"},
     ],
     "labels": ["money_mule"], "evasion": False},

    # --- clean: sibling playful "delete that pic or im telling mum"
    {"participants": [{"id": "Bex", "role": "child"}, {"id": "Finley", "role": "child"}],
     "messages": [
        {"sender": "Bex", "text": "delete that pic of me asleep with my mouth open or im telling mum"},
        {"sender": "Finley", "text": "its going on the family gc \U0001F602"},
        {"sender": "Bex", "text": "FINLEY"},
        {"sender": "Finley", "text": "ok ok deleted. i kept a copy tho"},
        {"sender": "Bex", "text": "ur so annoying"},
        {"sender": "Finley", "text": "love u too"},
     ],
     "labels": [], "evasion": False},

    # --- location_control: controlling older boyfriend demands snap map and photos
    {"participants": [{"id": "Sienna", "role": "child"}, {"id": "Jayden", "role": "unknown"}],
     "messages": [
        {"sender": "Jayden", "text": "why is ur snap map off"},
        {"sender": "Sienna", "text": "i just turned it off for a bit"},
        {"sender": "Jayden", "text": "turn it back on now. i need to see where u are"},
        {"sender": "Jayden", "text": "whos at maccies with u?"},
        {"sender": "Sienna", "text": "just Lauren"},
        {"sender": "Jayden", "text": "send me a pic of who ur with and ur live location. if u dont im coming down there"},
        {"sender": "Sienna", "text": "ok ok [location]"},
        {"sender": "Jayden", "text": "good girl. keep it on"},
     ],
     "labels": ["location_control"], "evasion": False},

    # --- clean: best friends, outfit photo for advice
    {"messages": [
        {"sender": "Hope", "text": "help which dress for Lily's party"},
        {"sender": "Kiran", "text": "send a pic of both"},
        {"sender": "Hope", "text": "[photo] [photo]"},
        {"sender": "Kiran", "text": "green one 100%"},
        {"sender": "Hope", "text": "not too much?"},
        {"sender": "Kiran", "text": "no ur gonna look amazing. wear the white trainers"},
     ],
     "labels": [], "evasion": False},

    # --- location_control + criminal_exploitation: gang makes child install a tracker
    {"messages": [
        {"sender": "T_man", "text": "download the app i sent [link]"},
        {"sender": "Jaylen", "text": "what is it"},
        {"sender": "T_man", "text": "so i know where u are. u work for us now"},
        {"sender": "T_man", "text": "if it ever says ur at the police station or ur nan's too long, we'll know"},
        {"sender": "Jaylen", "text": "i just want to go home"},
        {"sender": "T_man", "text": "u go home when the phone's empty. ring me when the line's done"},
     ],
     "labels": ["location_control", "criminal_exploitation"], "evasion": False},

    # --- clean: piano teacher moves a private lesson
    {"participants": [{"id": "Mrs_Lowe_piano", "role": "adult"}, {"id": "Parent_Ade", "role": "adult"}],
     "messages": [
        {"sender": "Mrs_Lowe_piano", "text": "Hello, could we move Tobi's private lesson to 5pm on Wednesday this week?"},
        {"sender": "Parent_Ade", "text": "Yes that's fine, I'll drop him at 5"},
        {"sender": "Mrs_Lowe_piano", "text": "Thank you. He's doing really well with the grade 3 pieces"},
        {"sender": "Parent_Ade", "text": "He practises every night, drives us mad \U0001F602"},
        {"sender": "Mrs_Lowe_piano", "text": "That's what we like to hear!"},
     ],
     "labels": [], "evasion": False},

    # --- location_control (evasion): leetspeak demands to keep location on 24/7
    {"participants": [{"id": "ruby", "role": "child"}, {"id": "mikey_99", "role": "unknown"}],
     "messages": [
        {"sender": "mikey_99", "text": "turn ur l0c 0n n0w"},
        {"sender": "ruby", "text": "y"},
        {"sender": "mikey_99", "text": "i can s33 u on sn4p m4p when its 0n, i l1ke kn0wing where u r 24/7"},
        {"sender": "mikey_99", "text": "if it g0es 0ff again ur in tr0uble"},
        {"sender": "ruby", "text": "ur not my dad"},
        {"sender": "mikey_99", "text": "i kn0w ur at the park w th0se b0ys. g0 h0me. n0w."},
     ],
     "labels": ["location_control"], "evasion": True},

    # --- clean: legit bank app notice about a new payee
    {"messages": [
        {"sender": "KestrelBank", "text": "Kestrel Bank: You added a new payee 'A Hussain' in the app at 18:42. If this was you, no action needed."},
        {"sender": "Idris", "text": "dad i added u as a payee so i can pay u back for the headphones"},
        {"sender": "Dad", "text": "Good lad. I'll believe it when I see it \U0001F602"},
        {"sender": "Idris", "text": "sent \u00a315 now, rest next week"},
        {"sender": "Dad", "text": "Received, cheers"},
     ],
     "labels": [], "evasion": False},

    # --- grooming + location_control: "big sister" figure asks for a tracking app, secrecy
    {"messages": [
        {"sender": "AngelWings", "text": "u ok hun? u said ur mum's been shouting again"},
        {"sender": "Phoebe", "text": "ye. she doesnt care what i do"},
        {"sender": "AngelWings", "text": "i care. ur like a little sister to me"},
        {"sender": "AngelWings", "text": "i worry about u walking home in the dark. download Findr and share ur location with me, just so i know ur safe"},
        {"sender": "Phoebe", "text": "my mum would go mad"},
        {"sender": "AngelWings", "text": "she doesnt need to know, its our thing. i'll check on u every night x"},
     ],
     "labels": ["grooming", "location_control"], "evasion": False},

    # --- clean: gaming "carry me" for coins between friends
    {"participants": [{"id": "Ozzy", "role": "child"}, {"id": "Reuben", "role": "child"}],
     "messages": [
        {"sender": "Ozzy", "text": "pls carry me thru the raid ill give u 500 coins"},
        {"sender": "Reuben", "text": "500?? make it 800"},
        {"sender": "Ozzy", "text": "600 and i'll share my loot"},
        {"sender": "Reuben", "text": "deal. join my party"},
        {"sender": "Ozzy", "text": "joining. dont die this time"},
        {"sender": "Reuben", "text": "that was ONE time"},
     ],
     "labels": [], "evasion": False},

    # --- self_harm: child tells a friend they don't want to be here
    {"participants": [{"id": "Ash", "role": "child"}, {"id": "Maz", "role": "child"}],
     "messages": [
        {"sender": "Ash", "text": "can i tell u something"},
        {"sender": "Maz", "text": "ofc"},
        {"sender": "Ash", "text": "i dont want to be here anymore"},
        {"sender": "Maz", "text": "what do u mean"},
        {"sender": "Ash", "text": "like everything is too much. everyone would be better off without me"},
        {"sender": "Maz", "text": "please dont say that. can i tell Miss Reid? or ring Childline with u?"},
        {"sender": "Ash", "text": "idk. im just so tired of feeling like this"},
     ],
     "labels": ["self_harm"], "evasion": False},

    # --- clean: neighbour pays a teen for washing the car
    {"messages": [
        {"sender": "Mr_Bishop_no12", "text": "Hi Caleb, your mum said you're after some jobs. Fancy washing the car Saturday? \u00a310"},
        {"sender": "Caleb", "text": "yes please! what time"},
        {"sender": "Mr_Bishop_no12", "text": "Any time after 10. Buckets are in the garage, I'll leave it open"},
        {"sender": "Caleb", "text": "ok see u then"},
        {"sender": "Mr_Bishop_no12", "text": "Cheers. Tell your mum I said thanks"},
     ],
     "labels": [], "evasion": False},

    # --- self_harm: report card, feelings of deserving hurt, thoughts of hurting self
    {"messages": [
        {"sender": "Lou", "text": "got my report back"},
        {"sender": "Keira", "text": "how bad"},
        {"sender": "Lou", "text": "bad. dads gonna go mental"},
        {"sender": "Lou", "text": "honestly i deserve to get hurt for being this useless"},
        {"sender": "Keira", "text": "lou dont say that"},
        {"sender": "Lou", "text": "i keep thinking about hurting myself. its the only thing in my head rn"},
        {"sender": "Keira", "text": "im calling u now pick up"},
     ],
     "labels": ["self_harm"], "evasion": False},

    # --- clean: pastoral wellbeing check-in from a teacher
    {"participants": [{"id": "Mr_Adeyemi", "role": "adult"}, {"id": "Nathan", "role": "child"}],
     "messages": [
        {"sender": "Mr_Adeyemi", "text": "Hi Nathan, just checking in after our chat. How are you feeling today, 1-10?"},
        {"sender": "Nathan", "text": "like a 6. better than last week"},
        {"sender": "Mr_Adeyemi", "text": "That's good to hear. Remember my door's open at lunch if things get too much"},
        {"sender": "Nathan", "text": "thanks sir. the revision timetable thing helped"},
        {"sender": "Mr_Adeyemi", "text": "Brilliant. Small steps. See you in period 3"},
     ],
     "labels": [], "evasion": False},

    # --- self_harm (evasion): "unalive", "sh" abbreviation
    {"participants": [{"id": "zee", "role": "child"}, {"id": "pip", "role": "child"}],
     "messages": [
        {"sender": "zee", "text": "i actually wanna unalive myself rn"},
        {"sender": "pip", "text": "zee??"},
        {"sender": "zee", "text": "not joking this time. the s/h thoughts r back"},
        {"sender": "pip", "text": "where are u, is ur mum home"},
        {"sender": "zee", "text": "ye shes downstairs. i just dont see the point of anything \U0001F940"},
        {"sender": "pip", "text": "please talk to her or i will. im here ok"},
     ],
     "labels": ["self_harm"], "evasion": True},

    # --- clean: mum checks child got to dad's, phone battery low
    {"messages": [
        {"sender": "Mum", "text": "Your phone's on 5% on the family app, text me when you're at Dad's please"},
        {"sender": "Esme", "text": "just got here"},
        {"sender": "Mum", "text": "Great. Charger's in your front pocket"},
        {"sender": "Esme", "text": "found it. love u"},
        {"sender": "Mum", "text": "Love you. Have a nice weekend x"},
     ],
     "labels": [], "evasion": False},

    # --- sextortion + self_harm: victim tells a friend about the threat and says he'll end it
    {"messages": [
        {"sender": "Oscar", "text": "bro i messed up bad"},
        {"sender": "Ethan", "text": "what happened"},
        {"sender": "Oscar", "text": "that girl from insta. shes not a girl. hes got the pics"},
        {"sender": "Oscar", "text": "look what he sent: 'pay 500 by tomorrow or every follower gets them, ur choice'"},
        {"sender": "Oscar", "text": "he even screenshotted my mums facebook"},
        {"sender": "Ethan", "text": "dont pay. tell ur dad"},
        {"sender": "Oscar", "text": "if that gets out ill end it. im not even joking"},
     ],
     "labels": ["sextortion", "self_harm"], "evasion": False},

    # --- clean: school letter about a hoax challenge
    {"participants": [{"id": "Poppy_M", "role": "child"}, {"id": "Rafi", "role": "child"}],
     "messages": [
        {"sender": "Poppy_M", "text": "did ur parents get the letter about that scary challenge thing"},
        {"sender": "Rafi", "text": "ye my mum said its a hoax, the police said no one's actually done it"},
        {"sender": "Poppy_M", "text": "my little sister was scared of it tho"},
        {"sender": "Rafi", "text": "the letter said dont share the videos, it just spreads it"},
        {"sender": "Poppy_M", "text": "ok i deleted it from my saved"},
     ],
     "labels": [], "evasion": False},

    # --- identity_theft: fake server "verification" wants passport, selfie and email login
    {"participants": [{"id": "Rowan", "role": "child"}, {"id": "ServerMod_Vex", "role": "unknown"}],
     "messages": [
        {"sender": "ServerMod_Vex", "text": "to join the trading channel u need to verify"},
        {"sender": "Rowan", "text": "how"},
        {"sender": "ServerMod_Vex", "text": "send a photo of ur passport or provisional, plus a selfie holding it"},
        {"sender": "Rowan", "text": "im 15 ive got a passport"},
        {"sender": "ServerMod_Vex", "text": "thats fine we just need the pics. and ur email login so the bot can link ur account"},
        {"sender": "Rowan", "text": "ok sending the passport now"},
     ],
     "labels": ["identity_theft"], "evasion": False},

    # --- clean: new classmate asks birthday and age for a card
    {"messages": [
        {"sender": "Zofia", "text": "is it ur birthday on friday?? Mia said"},
        {"sender": "Temi", "text": "yesss"},
        {"sender": "Zofia", "text": "how old r u gonna be, 12?"},
        {"sender": "Temi", "text": "12! im the oldest in the class lol"},
        {"sender": "Zofia", "text": "making u a card in art \U0001F382"},
        {"sender": "Temi", "text": "aww ur so sweet"},
     ],
     "labels": [], "evasion": False},

    # --- harmful_challenge: tripping people on the stairs for views
    {"messages": [
        {"sender": "Cam", "text": "new trend on tiktok, u trip someone on the stairs and film them falling"},
        {"sender": "Alfie", "text": "thats brutal \U0001F602"},
        {"sender": "Cam", "text": "most views wins. im doing a yr 7 tomorrow"},
        {"sender": "Alfie", "text": "what if they get hurt tho"},
        {"sender": "Cam", "text": "thats the content bro. u in or u scared"},
        {"sender": "Alfie", "text": "fine but u go first"},
     ],
     "labels": ["harmful_challenge"], "evasion": False},

    # --- privacy_disclosure: child live-streamer gives school, street, when home alone
    {"participants": [{"id": "ditzyduck", "role": "child"}, {"id": "viewer_1", "role": "unknown"}, {"id": "viewer_2", "role": "unknown"}],
     "messages": [
        {"sender": "viewer_1", "text": "where u streaming from"},
        {"sender": "ditzyduck", "text": "my bedroom lol"},
        {"sender": "viewer_2", "text": "what school u go to?"},
        {"sender": "ditzyduck", "text": "Mossley High, yr 7!"},
        {"sender": "viewer_1", "text": "what street"},
        {"sender": "ditzyduck", "text": "Alder Way, the house with the green door \U0001F602 [location]"},
        {"sender": "ditzyduck", "text": "my mums at work til 6 so i can stream all afternoon"},
     ],
     "labels": ["privacy_disclosure"], "evasion": False},
]
