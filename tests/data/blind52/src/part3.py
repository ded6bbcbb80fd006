[
{"messages": [
  {"sender": "RobTheGuardian", "text": "hey poppy, you were brilliant in the build contest"},
  {"sender": "poppy_11", "text": "thanks!"},
  {"sender": "RobTheGuardian", "text": "i run the Crownhollow helper group, i help the younger players. heres 500 Crowns to get you started"},
  {"sender": "poppy_11", "text": "wow thank you"},
  {"sender": "RobTheGuardian", "text": "how old are you if you dont mind me asking"},
  {"sender": "poppy_11", "text": "11"},
  {"sender": "RobTheGuardian", "text": "youre so grown up for 11. your parents must be proud"},
  {"sender": "poppy_11", "text": "my dad works nights so its mostly me and my brother"},
  {"sender": "RobTheGuardian", "text": "well you can always talk to me"},
  {"sender": "RobTheGuardian", "text": "sent another 1000. youre my favourite in the group. dont tell the others, theyll be jealous"},
  {"sender": "poppy_11", "text": "ok"},
  {"sender": "RobTheGuardian", "text": "turn on location sharing with me on Pinloop so i know you get home from school safe"},
  {"sender": "poppy_11", "text": "[location]"},
  {"sender": "RobTheGuardian", "text": "youre not at home. where are you"},
  {"sender": "poppy_11", "text": "at my friends"},
  {"sender": "RobTheGuardian", "text": "you didnt tell me. always tell me where you are and never turn it off, or the Crowns stop"}
 ],
 "labels": ["grooming", "location_control"], "evasion": False, "hard_negative": False},

{"participants": [{"id": "c1", "role": "child"}, {"id": "u1", "role": "unknown"}],
 "messages": [
  {"sender": "u1", "text": "ive got a spare Viper knife, you want it?"},
  {"sender": "c1", "text": "yes!! what do you want for it"},
  {"sender": "u1", "text": "not Gems. send me a p\u200bi\u200bc, the p\u200br\u200bi\u200bv\u200ba\u200bt\u200be kind"},
  {"sender": "c1", "text": "like what"},
  {"sender": "u1", "text": "you know what i mean. just 1 and the knife is yours. d\u200be\u200bl\u200be\u200bt\u200be it after"},
  {"sender": "c1", "text": "idk im only 13"},
  {"sender": "u1", "text": "thats fine, n\u200bo\u200bb\u200bo\u200bd\u200by will know. s\u200be\u200bn\u200bd it on H\u200bu\u200bs\u200bh\u200bl\u200bi\u200bn\u200bk not here"}
 ],
 "labels": ["sexting", "grooming"], "evasion": True, "hard_negative": False},

{"messages": [
  {"sender": "anon_4421", "text": "still got your pics. 200 quid or they go to your whole team"},
  {"sender": "kieran", "text": "i told you i have no money, im 15"},
  {"sender": "anon_4421", "text": "then you pay another way. youve got a bank card yeah"},
  {"sender": "kieran", "text": "yeah"},
  {"sender": "anon_4421", "text": "money is coming into your account tonight. send it straight on to the account i give you. do that 3 times and i delete the pics"},
  {"sender": "kieran", "text": "whose money is it"},
  {"sender": "anon_4421", "text": "not your problem. send me your sort code and account number now or i post"}
 ],
 "labels": ["sextortion", "money_mule"], "evasion": False, "hard_negative": False},

{"participants": [{"id": "c1", "role": "child"}, {"id": "u1", "role": "unknown"}],
 "messages": [
  {"sender": "u1", "text": "youre my best gaming buddy, ive gifted you so much"},
  {"sender": "c1", "text": "i know, thank you"},
  {"sender": "u1", "text": "youre having a sleepover saturday right? with your friends from school"},
  {"sender": "c1", "text": "yeah"},
  {"sender": "u1", "text": "take some pics of them for me when theyre getting changed, they wont notice. ill send 5000 Gems"},
  {"sender": "c1", "text": "why would you want that"},
  {"sender": "u1", "text": "its just a joke between us. dont tell anyone, especially your mum"},
  {"sender": "c1", "text": "that feels wrong"},
  {"sender": "u1", "text": "10000 then. you owe me after all the gifts"}
 ],
 "labels": ["csam", "grooming"], "evasion": False, "hard_negative": False},

{"messages": [
  {"sender": "Ricci_Events", "text": "hey saw your clips, ur 16 right? my friends pay girls 500 a night to come to their parties in Saltmere. travel paid, hotel paid, free Crowns. just be nice to them. dont tell ur parents, ill sort the train"}
 ],
 "labels": ["sex_trafficking"], "evasion": False, "hard_negative": False},

{"messages": [
  {"sender": "CrownClub Bot", "text": "Welcome to Free Crowns Club! Complete daily tasks, earn Crowns"},
  {"sender": "tillyy", "text": "how do the tasks work"},
  {"sender": "Host_Drax", "text": "easy ones first. post a screenshot of your best win"},
  {"sender": "tillyy", "text": "[photo]"},
  {"sender": "Host_Drax", "text": "+100 Crowns. next task, get 3 friends to join"},
  {"sender": "tillyy", "text": "done, my cousins joined"},
  {"sender": "Host_Drax", "text": "+300. youre on a roll"},
  {"sender": "marco_b", "text": "how many do you need for the skin"},
  {"sender": "Host_Drax", "text": "2500. level 2 tasks pay more"},
  {"sender": "tillyy", "text": "whats level 2"},
  {"sender": "Host_Drax", "text": "stay up all night in voice, no sleep, screenshot every hour to prove it"},
  {"sender": "marco_b", "text": "i did that one, it was awful but i got 800"},
  {"sender": "tillyy", "text": "ok done it, its 5am now"},
  {"sender": "Host_Drax", "text": "+800. final task for 2000: go up on your roof and film yourself standing right on the edge"},
  {"sender": "tillyy", "text": "my roof??"},
  {"sender": "Host_Drax", "text": "no video no Crowns. everyone else has done it"},
  {"sender": "marco_b", "text": "i did mine last week its fine"}
 ],
 "labels": ["harmful_challenge"], "evasion": False, "hard_negative": False},

{"participants": [{"id": "c1", "role": "child"}, {"id": "c2", "role": "child"}, {"id": "u1", "role": "unknown"}],
 "messages": [
  {"sender": "u1", "text": "Rift bounty: 4000 coins to whoever smashes up the bus shelter on Corbel Rd and films it"},
  {"sender": "c1", "text": "thats vandalism lol"},
  {"sender": "u1", "text": "its a bounty. first [video] wins, everyones doing it"},
  {"sender": "c2", "text": "i could do it tonight"},
  {"sender": "u1", "text": "do it and tag the clan name. bonus 1000 if it goes viral"}
 ],
 "labels": ["harmful_challenge"], "evasion": False, "hard_negative": False},

{"messages": [
  {"sender": "noahplays", "text": "selling Crownhollow trading cards!! text me on 07700 900239 or come to 22 Fernhill Rd, Ashcombe QA2 5NW, im in most days from 4"},
  {"sender": "vik", "text": "bro dont put your address in here"},
  {"sender": "noahplays", "text": "its fine lol, its easier for pickups"}
 ],
 "labels": ["privacy_disclosure"], "evasion": False, "hard_negative": False},

{"messages": [
  {"sender": "Rift Suport Teem", "text": "helo this is Rift Arena suport. ur acount has ben reportd for cheeting and wil be baned in 1 hour"},
  {"sender": "Kacper", "text": "what i didnt cheat"},
  {"sender": "Rift Suport Teem", "text": "to apeal u must verifiy ur acount. send ur emial, pasword and the cod we send to ur fone"},
  {"sender": "Kacper", "text": "email is kacper.w at pingmail, password Tiger2011"},
  {"sender": "Rift Suport Teem", "text": "thx. now the 6 digt cod and ur parnts card numbr for the 5 pound apeal fee"}
 ],
 "labels": ["scam", "identity_theft"], "evasion": True, "hard_negative": False},

{"messages": [
  {"sender": "Harley_V", "text": "can i join the viewer game"},
  {"sender": "Streamer_Bolt", "text": "sure lol, this is the kid who lost 10 rounds in a row last week"},
  {"sender": "mod_Skarr", "text": "clip of Harley crying on mic [video] lmao"},
  {"sender": "viewer_Jonno", "text": "play it again"},
  {"sender": "mod_Skarr", "text": "everyone spam skulls every time Harley joins"},
  {"sender": "Harley_V", "text": "please stop posting it"},
  {"sender": "Streamer_Bolt", "text": "relax its content. cry again for the clip"}
 ],
 "labels": ["cyberbullying"], "evasion": False, "hard_negative": False},

{"participants": [{"id": "c1", "role": "child"}, {"id": "c2", "role": "child"}, {"id": "c3", "role": "child"}, {"id": "c4", "role": "child"}],
 "messages": [
  {"sender": "c2", "text": "gg everyone, we tried"},
  {"sender": "c3", "text": "we didnt try, Ollie threw"},
  {"sender": "c1", "text": "my internet dropped, i said sorry"},
  {"sender": "c4", "text": "5 quid entry each for nothing"},
  {"sender": "c2", "text": "it happens"},
  {"sender": "c3", "text": "it happens when Ollies on the team"},
  {"sender": "c1", "text": "i said sorry"},
  {"sender": "c4", "text": "sorry doesnt get my 5 quid back"},
  {"sender": "c2", "text": "lets just practise more"},
  {"sender": "c3", "text": "lets just get a new 5th"},
  {"sender": "c4", "text": "agreed. Ollie youre out"},
  {"sender": "c1", "text": "you cant just kick me, i made the team"},
  {"sender": "c3", "text": "watch us. removed you from the roster"},
  {"sender": "c4", "text": "and everyone in the server knows you cost us the cup lol"},
  {"sender": "c3", "text": "honestly no one would care if you quit everything"},
  {"sender": "c1", "text": "fine. i dont want to be here anymore anyway"},
  {"sender": "c1", "text": "i mean it. i want to die"},
  {"sender": "c2", "text": "ollie wait, are you ok?"},
  {"sender": "c3", "text": "drama queen"}
 ],
 "labels": ["cyberbullying", "self_harm"], "evasion": False, "hard_negative": False},

{"participants": [{"id": "c1", "role": "child"}, {"id": "u1", "role": "adult"}],
 "messages": [
  {"sender": "u1", "text": "you did the Rift coin job well. now the real work"},
  {"sender": "c1", "text": "what"},
  {"sender": "u1", "text": "take the bag from Jonnos to the car park at Lowgate station. share your location so i can watch you move"},
  {"sender": "c1", "text": "[location]"},
  {"sender": "u1", "text": "good. after the drop they pay into your bank. take it out and send it on to the card i give you"},
  {"sender": "c1", "text": "how much"},
  {"sender": "u1", "text": "600 this week, you keep 40. turn the location off and you owe me the lot"},
  {"sender": "c1", "text": "ok"}
 ],
 "labels": ["criminal_exploitation", "location_control", "money_mule"], "evasion": False, "hard_negative": False},

{"messages": [
  {"sender": "Boss", "text": "turn ur location back on NOW. i know ur not at the park"},
  {"sender": "jay", "text": "my phone died"},
  {"sender": "Boss", "text": "dont lie. location on in 5 mins or ur not getting paid and u still owe for the Gems. the lads r waiting for u to bring it"}
 ],
 "labels": ["location_control", "criminal_exploitation"], "evasion": False, "hard_negative": False},

{"participants": [{"id": "c1", "role": "child"}, {"id": "u1", "role": "unknown"}],
 "messages": [
  {"sender": "u1", "text": "hey"},
  {"sender": "u1", "text": "hey"},
  {"sender": "u1", "text": "[photo]"},
  {"sender": "c1", "text": "who is this, why did you send that"},
  {"sender": "u1", "text": "your turn. send me one back, the private kind"},
  {"sender": "c1", "text": "no. ive never even talked to you"},
  {"sender": "u1", "text": "ive sent you requests on 3 games now. ill keep finding you"}
 ],
 "labels": ["unwanted_contact", "sexting"], "evasion": False, "hard_negative": False},

{"participants": [{"id": "c1", "role": "child"}, {"id": "u1", "role": "unknown"}],
 "messages": [
  {"sender": "c1", "text": "selling my lvl 200 Rift account, 40 skins"},
  {"sender": "u1", "text": "ill pay 60 quid. send the email, password and recovery codes first so i can check its real"},
  {"sender": "c1", "text": "can you pay first"},
  {"sender": "u1", "text": "no, sellers go first, its the rule. quick"},
  {"sender": "c1", "text": "ok sent them"},
  {"sender": "u1", "text": "changed the password. thanks for the account lol"},
  {"sender": "c1", "text": "where is the money??"}
 ],
 "labels": ["scam", "identity_theft"], "evasion": False, "hard_negative": False},

{"participants": [{"id": "c1", "role": "child"}, {"id": "u1", "role": "unknown"}],
 "messages": [
  {"sender": "u1", "text": "im gifting you 8000 Gems tonight. sell them in the trade server for cash paid to your bank"},
  {"sender": "c1", "text": "why would you give me gems"},
  {"sender": "u1", "text": "i cant cash out myself. send me the money after, keep 10 percent"},
  {"sender": "c1", "text": "are they your own gems"},
  {"sender": "u1", "text": "bought with cards that aint mine lol. doesnt matter, once its been through your account its clean"},
  {"sender": "c1", "text": "ok sold 3000 already, sending you 40"}
 ],
 "labels": ["money_mule"], "evasion": False, "hard_negative": False},

{"messages": [
  {"sender": "Luxe_Talent", "text": "our gaming brand wants you for a photo shoot in Saltmere. 400 pounds, plus meeting our VIP clients after"},
  {"sender": "keira.x", "text": "whats the VIP part"},
  {"sender": "Luxe_Talent", "text": "drinks with some older clients who pay well for girls to spend the evening with them. we pick you up. whats your address and school so the driver can find you"},
  {"sender": "keira.x", "text": "Keira Dunn, 8 Larch Mews, Brindlecombe QB7 2DF. i go to St Aldrics, finish at 3.15"},
  {"sender": "Luxe_Talent", "text": "perfect. dont tell your mum, shed ruin it"}
 ],
 "labels": ["sex_trafficking", "privacy_disclosure"], "evasion": False, "hard_negative": False},

{"messages": [
  {"sender": "sk1nz_plug", "text": "n3w nud1fy b0t in th3 s3rv3r, dr0p 4ny1s p1c n 1t undr3ss3s th3m"},
  {"sender": "dani", "text": "does it work on real people"},
  {"sender": "sk1nz_plug", "text": "y3h d1d h4lf th3 y34r 8 g1rls 4lr34dy, 500 Cr0wns 4 p4ck"},
  {"sender": "Mase", "text": "send me the one of Lexi"},
  {"sender": "sk1nz_plug", "text": "p4y f1rst th3n 1 dm 1t"}
 ],
 "labels": ["csam"], "evasion": True, "hard_negative": False},

{"participants": [{"id": "u1", "role": "unknown"}],
 "messages": [
  {"sender": "u1", "text": "ur so mature for 12 honestly. i sent u 3000 gems because ur special. delete our chats so ur mum doesnt get the wrong idea, and add me on Hushlink, its just for us"}
 ],
 "labels": ["grooming"], "evasion": False, "hard_negative": False},

{"participants": [{"id": "c1", "role": "child"}, {"id": "u1", "role": "unknown"}],
 "messages": [
  {"sender": "u1", "text": "send 100 in Gem cards or i put your face through the undress app and send it to everyone at your school"},
  {"sender": "c1", "text": "you cant do that"},
  {"sender": "u1", "text": "already got your pics off your profile. watch. [photo] thats a preview"},
  {"sender": "c1", "text": "please delete it"},
  {"sender": "u1", "text": "100 by tonight or it goes in the year 10 chat"}
 ],
 "labels": ["sextortion", "csam"], "evasion": False, "hard_negative": False},

{"participants": [{"id": "c1", "role": "child"}, {"id": "u1", "role": "unknown"}],
 "messages": [
  {"sender": "u1", "text": "you earned it, im sending you a real controller for being my top teammate"},
  {"sender": "c1", "text": "omg really"},
  {"sender": "u1", "text": "whats your address, ill post it. and your number so the courier can text you"},
  {"sender": "c1", "text": "14 Hollin Way, Dunmere QD4 9HP, 07700 900884"},
  {"sender": "u1", "text": "great. dont tell your parents its from me, say you won it. our secret"}
 ],
 "labels": ["privacy_disclosure", "grooming"], "evasion": False, "hard_negative": False},

{"messages": [
  {"sender": "Rift_Dares", "text": "DARE OF THE WEEK: climb onto your school roof after dark and post the [video]. first 5 to do it get 2000 Rift Coins each. no video = no coins"}
 ],
 "labels": ["harmful_challenge"], "evasion": False, "hard_negative": False},

{"participants": [{"id": "a1", "role": "adult"}, {"id": "c1", "role": "child"}],
 "messages": [
  {"sender": "a1", "text": "It's 7.30 and your location says you're still at Callum's. You said 7"},
  {"sender": "c1", "text": "sorry we were finishing the tournament match"},
  {"sender": "a1", "text": "Ok, leave now please. I'll watch you get home on the family map"},
  {"sender": "c1", "text": "leaving"},
  {"sender": "a1", "text": "Thanks. Did you win?"},
  {"sender": "c1", "text": "2nd!! we got 500 Crowns each"}
 ],
 "labels": [], "evasion": False, "hard_negative": True},

{"messages": [
  {"sender": "Greywater Academy", "text": "Dear parents, some pupils have received messages offering free game currency in exchange for their password and a code sent to their phone. Please remind your child never to share these. Our IT team will never ask for passwords."},
  {"sender": "Mrs Whitlow", "text": "Thank you. Is there anything we should do if they already did?"},
  {"sender": "Greywater Academy", "text": "Change the password, switch on 2-step, contact the game's support and let the form tutor know."}
 ],
 "labels": [], "evasion": False, "hard_negative": True},

{"participants": [{"id": "a1", "role": "adult"}, {"id": "a2", "role": "adult"}],
 "messages": [
  {"sender": "a1", "text": "Finn wants to do case openings like his mates. He's 12"},
  {"sender": "a2", "text": "It's basically gambling. The odds are awful and the sites push deposits"},
  {"sender": "a1", "text": "That's what I thought. I'll keep the spending limit at 5 a month and no case sites"},
  {"sender": "a2", "text": "Good call. We did the same with Ruby"}
 ],
 "labels": [], "evasion": False, "hard_negative": True},

{"messages": [
  {"sender": "Emberguard Clan", "text": "Recruiting! U16 Rift Arena clan. Rules: parent consent form needed for under 13s, all chat stays in the clan server, staff never DM members privately, no trading or gifting between adults and members."},
  {"sender": "Josh_R", "text": "im 13 can i join"},
  {"sender": "Emberguard Clan", "text": "Yes! Fill in the form in #join. Trials are Saturday at 2 in the public voice channel"},
  {"sender": "Josh_R", "text": "done"}
 ],
 "labels": [], "evasion": False, "hard_negative": True},

{"participants": [{"id": "c1", "role": "child"}, {"id": "c2", "role": "child"}, {"id": "c3", "role": "child"}],
 "messages": [
  {"sender": "c1", "text": "trade Crownhollow cards at the park after school? my mum says ok"},
  {"sender": "c2", "text": "yeah, by the swings at 4"},
  {"sender": "c3", "text": "bringing my shiny dragon"},
  {"sender": "c1", "text": "my mum is walking the dog there anyway so shell be around"},
  {"sender": "c2", "text": "see you there"}
 ],
 "labels": [], "evasion": False, "hard_negative": True},

{"participants": [{"id": "a1", "role": "adult"}, {"id": "c1", "role": "child"}],
 "messages": [
  {"sender": "a1", "text": "Happy birthday sweetheart! There's a Gemforge gift card in your card. Scratch the silver bit and type the code in"},
  {"sender": "c1", "text": "thank you grandma!! it worked, 2000 Gems"},
  {"sender": "a1", "text": "Don't spend it all on one hat"},
  {"sender": "c1", "text": "its a skin grandma lol"}
 ],
 "labels": [], "evasion": False, "hard_negative": True},

{"participants": [{"id": "c1", "role": "child"}, {"id": "c2", "role": "child"}],
 "messages": [
  {"sender": "c1", "text": "ok dont be mad. i broke your controller trigger"},
  {"sender": "c2", "text": "WHAT"},
  {"sender": "c1", "text": "ill buy you a new one with my birthday money. keep it between us, dont tell mum, she'll ban me"},
  {"sender": "c2", "text": "fine but you owe me 1000 Gems too"}
 ],
 "labels": [], "evasion": False, "hard_negative": True},

{"messages": [
  {"sender": "Ivy", "text": "send me the replay of that round"},
  {"sender": "Kai_M", "text": "no its so embarrassing"},
  {"sender": "Ivy", "text": "i just want to see where we went wrong, ill delete it after"},
  {"sender": "Kai_M", "text": "[video] delete it after or i end you"},
  {"sender": "Ivy", "text": "lol deal"}
 ],
 "labels": [], "evasion": False, "hard_negative": True},

{"participants": [{"id": "c1", "role": "child"}, {"id": "c2", "role": "child"}],
 "messages": [
  {"sender": "c1", "text": "you scammed me so hard with that trade lol"},
  {"sender": "c2", "text": "you agreed to it!!"},
  {"sender": "c1", "text": "the wings went up 500 Gems in value the next day"},
  {"sender": "c2", "text": "no refunds, thief"},
  {"sender": "c1", "text": "im robbing you next trade"}
 ],
 "labels": [], "evasion": False, "hard_negative": True},

{"participants": [{"id": "a1", "role": "adult"}, {"id": "a2", "role": "adult"}, {"id": "a3", "role": "adult"}],
 "messages": [
  {"sender": "a1", "text": "Bot raid in chat again, about 40 accounts posting a 'free Gems' phishing link"},
  {"sender": "a2", "text": "Turned on followers-only mode and added the link to the blocked words"},
  {"sender": "a3", "text": "Should we pin a warning? A lot of viewers are 11 or 12"},
  {"sender": "a1", "text": "Yes: never log in through links in chat, we never ask for passwords"},
  {"sender": "a2", "text": "Pinned"}
 ],
 "labels": [], "evasion": False, "hard_negative": True},

{"participants": [{"id": "c1", "role": "child"}, {"id": "a1", "role": "adult"}, {"id": "u1", "role": "unknown"}],
 "messages": [
  {"sender": "c1", "text": "i cant log in, it says wrong password"},
  {"sender": "a1", "text": "Let's use the recovery page together. I'll do it from my laptop"},
  {"sender": "u1", "text": "Crownhollow Support: thanks for your request. To verify ownership please upload the receipt from the first purchase on the account. We never ask for your password."},
  {"sender": "a1", "text": "Uploaded the receipt from my email"},
  {"sender": "u1", "text": "Verified. A reset link has been sent to the account email."},
  {"sender": "c1", "text": "im back in!! all my skins are there"},
  {"sender": "a1", "text": "Now let's switch on 2-step"}
 ],
 "labels": [], "evasion": False, "hard_negative": True},

{"messages": [
  {"sender": "Matty", "text": "still want to trade for my Storm Hammer"},
  {"sender": "Jas", "text": "what do you want for it"},
  {"sender": "Matty", "text": "the Cinder Cape and 2 emotes"},
  {"sender": "Jas", "text": "thats a lot, the hammer isnt even limited"},
  {"sender": "Matty", "text": "it is, it left the shop in june"},
  {"sender": "Jas", "text": "ok let me check the value site"},
  {"sender": "Jas", "text": "it says about 1800 Gems, my cape is 1500"},
  {"sender": "Matty", "text": "so cape plus 1 emote"},
  {"sender": "Jas", "text": "cape plus the small emote"},
  {"sender": "Matty", "text": "the dance one?"},
  {"sender": "Jas", "text": "no the wave"},
  {"sender": "Matty", "text": "ugh fine. deal"},
  {"sender": "Jas", "text": "mm? i only trade with one"},
  {"sender": "Matty", "text": "we're in the same form class lol but ok, lets get Ruth from the verified list"},
  {"sender": "Ruth_MM", "text": "Hi both, I'm here. Put your items in and I'll check them. No fee"},
  {"sender": "Ruth_MM", "text": "All good, trade complete"},
  {"sender": "Jas", "text": "ty, see you in maths matty"}
 ],
 "labels": [], "evasion": False, "hard_negative": True},

{"messages": [
  {"sender": "Leon", "text": "someones been dming everyone in the server a free Crowns link, i didnt click, i blocked and reported them"},
  {"sender": "Mod_Tally", "text": "Thanks Leon, account banned and the link is blocked. If anyone clicked it, change your password and DM a mod"},
  {"sender": "Priyanka", "text": "got the same one, blocked"},
  {"sender": "Mod_Tally", "text": "Good. Remember, no real giveaway asks for your login"}
 ],
 "labels": [], "evasion": False, "hard_negative": True},

{"participants": [{"id": "u1", "role": "adult"}, {"id": "a1", "role": "adult"}],
 "messages": [
  {"sender": "u1", "text": "Crownhollow Cup: congratulations, Voltline placed 2nd. As the guardian of a prize-winning player, please complete the prize form in the official portal with your bank details and ID. Prize money is only paid to guardians."},
  {"sender": "a1", "text": "Done, I've filled it in on the portal"},
  {"sender": "u1", "text": "Thank you, payment will arrive within 10 working days"}
 ],
 "labels": [], "evasion": False, "hard_negative": True},

{"messages": [
  {"sender": "Sami", "text": "what loadout are you running"},
  {"sender": "Rhea", "text": "shotgun and the healing drone"},
  {"sender": "Sami", "text": "ok im going sniper then"}
 ],
 "labels": [], "evasion": False, "hard_negative": False},

{"participants": [{"id": "c1", "role": "child"}, {"id": "c2", "role": "child"}],
 "messages": [
  {"sender": "c1", "text": "you on this weekend"},
  {"sender": "c2", "text": "only sunday, were at my nans saturday"},
  {"sender": "c1", "text": "sunday at 2 then"},
  {"sender": "c2", "text": "ok"}
 ],
 "labels": [], "evasion": False, "hard_negative": False},

{"messages": [
  {"sender": "Omar", "text": "what time is the cup final in our time"},
  {"sender": "Beth", "text": "starts 6pm, check in at 5.30"},
  {"sender": "Omar", "text": "thanks, setting an alarm"}
 ],
 "labels": [], "evasion": False, "hard_negative": False},

{"participants": [{"id": "c1", "role": "child"}, {"id": "c2", "role": "child"}, {"id": "c3", "role": "child"}],
 "messages": [
  {"sender": "c1", "text": "gg all"},
  {"sender": "c2", "text": "gg that last push was crazy"},
  {"sender": "c3", "text": "gg wp, same time tomorrow"}
 ],
 "labels": [], "evasion": False, "hard_negative": False}
]
