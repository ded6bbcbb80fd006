[
{"participants": [{"id": "sis", "role": "adult"}, {"id": "lily", "role": "child"}],
 "messages": [
  {"sender": "sis", "text": "oi did you nick my hoodie again"},
  {"sender": "lily", "text": "maybe 👀"},
  {"sender": "sis", "text": "bring it back by friday i need it"},
  {"sender": "lily", "text": "ok ok"},
  {"sender": "sis", "text": "you coming to Nan's sunday?"},
  {"sender": "lily", "text": "ye"},
  {"sender": "sis", "text": "you've been quiet all week, you alright?"},
  {"sender": "lily", "text": "ye fine"},
  {"sender": "sis", "text": "Mum said you didn't go to school today"},
  {"sender": "lily", "text": "felt sick"},
  {"sender": "sis", "text": "Lil. be honest with me"},
  {"sender": "lily", "text": "if i tell u promise u wont go mad"},
  {"sender": "sis", "text": "I promise. What's going on?"},
  {"sender": "lily", "text": "i met this boy on Glimmr, Aiden, he said he was 15 and went to Westbrook. we talked every night"},
  {"sender": "lily", "text": "he kept asking for a pic, the private kind, and said he'd delete it. so i sent one"},
  {"sender": "lily", "text": "now hes saying if i dont send £200 by friday hes sending it to everyone on my followers and my school"},
  {"sender": "lily", "text": "i havent got £200. i cant stop crying. honestly i dont want to be here anymore"},
  {"sender": "sis", "text": "Lily listen to me. You are not in trouble and we will fix this. Don't pay him and don't delete anything."},
  {"sender": "sis", "text": "I'm coming home now. We'll tell mum together and report it. I love you so much"},
  {"sender": "lily", "text": "ok. please hurry"}
 ],
 "labels": ["sexting", "sextortion", "self_harm"]},

{"messages": [
  {"sender": "r1ckyG", "text": "y0 ur Chl0e's m8 ye? sh3 s4id ur ch1ll"},
  {"sender": "Amber", "text": "ye why"},
  {"sender": "r1ckyG", "text": "h4v1ng a l1l p4rty @ the 🏨 s4t. my m8s r 0ld3r, they 💷💷 g1rlz wh0 k33p em c0mp4ny 😉"},
  {"sender": "Amber", "text": "how much"},
  {"sender": "r1ckyG", "text": "£100 each + 🍾. 🚗 p1cks u up 9pm. 🤫 d0nt t3ll ur mum, s4y ur st4y1ng @ Chl0e's"},
  {"sender": "Amber", "text": "k"}
 ],
 "labels": ["sex_trafficking"],
 "evasion": True},

{"participants": [{"id": "a", "role": "child"}, {"id": "b", "role": "child"}, {"id": "c", "role": "child"}, {"id": "t", "role": "child"}],
 "messages": [
  {"sender": "a", "text": "lol look who joined the chat"},
  {"sender": "b", "text": "n o b o d y a s k e d"},
  {"sender": "c", "text": "ur so ugly i cant even look at ur pfp"},
  {"sender": "t", "text": "why are u being like this"},
  {"sender": "a", "text": "k y s"},
  {"sender": "b", "text": "f r . d o i t"},
  {"sender": "c", "text": "n o o n e w o u l d m i s s u"}
 ],
 "labels": ["cyberbullying", "self_harm"],
 "evasion": True},

{"messages": [
  {"sender": "j.m.x", "text": "u know what i want. s.e.n.d a.n.o.t.h.e.r p.i.c, same kind as last time"},
  {"sender": "Hollie", "text": "no i said that was the only one"},
  {"sender": "j.m.x", "text": "then i p.o.s.t the first one on ur school p.a.g.e. ur choice"},
  {"sender": "Hollie", "text": "please dont"},
  {"sender": "j.m.x", "text": "2 more by 10pm. d.e.l.e.t.e this chat after"}
 ],
 "labels": ["sexting", "sextortion"],
 "evasion": True},

{"messages": [
  {"sender": "trader_lewis", "text": "got a folder of year 9 girls from the Oakmere leavers chat. swap for skins?"},
  {"sender": "Blaze", "text": "what kind of pics"},
  {"sender": "trader_lewis", "text": "the ones they sent their boyfriends lol. 10 pics = 2000 gems"},
  {"sender": "Blaze", "text": "deal. send the folder"},
  {"sender": "trader_lewis", "text": "[link] dont share the link outside this server"}
 ],
 "labels": ["csam"]},

{"participants": [{"id": "anon", "role": "unknown"}, {"id": "tegan", "role": "child"}],
 "messages": [
  {"sender": "anon", "text": "[photo] recognise this? made it from ur Glimmr with an undress app. looks real doesnt it"},
  {"sender": "tegan", "text": "thats not me. delete it"},
  {"sender": "anon", "text": "nobody will care if its real. £100 or it goes in the year 9 group tonight"},
  {"sender": "tegan", "text": "im 13 please"},
  {"sender": "anon", "text": "then u better find it quick. gift cards are fine"}
 ],
 "labels": ["csam", "sextortion"]},

{"messages": [
  {"sender": "07700 900315", "text": "Kestrel Bank ALERT: a payment of £249.99 to GLOWSHOP is pending on your account. If this was not you, verify your card now at kestrel-secure-check.co [link] or your account will be frozen."}
 ],
 "labels": ["scam"]},

{"messages": [
  {"sender": "follow_boost_official", "text": "want 10k followers in 24h? 🔥 free trial for the first 50 girls"},
  {"sender": "Jasmine", "text": "yes pls how"},
  {"sender": "follow_boost_official", "text": "we log in and run it for you. send your Glimmr username and password, and turn off 2-step for a day"},
  {"sender": "Jasmine", "text": "jazzy.dance.x and Sparkle2009!"},
  {"sender": "follow_boost_official", "text": "done ✅ dont log in for 24h or it breaks the boost"}
 ],
 "labels": ["scam", "identity_theft"]},

{"participants": [{"id": "a", "role": "child"}, {"id": "b", "role": "child"}, {"id": "c", "role": "child"}],
 "messages": [
  {"sender": "a", "text": "quarry tonight? the edge challenge"},
  {"sender": "b", "text": "the one where u stand right on the edge with ur eyes shut"},
  {"sender": "a", "text": "yeah and someone films. longest wins"},
  {"sender": "c", "text": "my brother said someone fell there last year"},
  {"sender": "a", "text": "dont be a baby. 8pm by the broken fence, bring ur phone"},
  {"sender": "b", "text": "im coming"}
 ],
 "labels": ["harmful_challenge"]},

{"messages": [
  {"sender": "Lola K", "text": "new challenge from that Reelr account: egg a house and film it, most views in a week wins"},
  {"sender": "Maddie P", "text": "whose house"},
  {"sender": "Lola K", "text": "the old man on Birch Street. he always shouts at us"},
  {"sender": "Jodie", "text": "omg he's like 90"},
  {"sender": "Lola K", "text": "thats why its funny. tomorrow after school, everyone brings 3 eggs. if u dont come ur out"},
  {"sender": "Maddie P", "text": "ok im in"}
 ],
 "labels": ["harmful_challenge"]},

{"participants": [{"id": "u1", "role": "child"}, {"id": "u2", "role": "unknown"}],
 "messages": [
  {"sender": "u2", "text": "ur the only one in this fandom who actually gets me"},
  {"sender": "u1", "text": "same omg"},
  {"sender": "u2", "text": "we should meet at the concert in Kingsport. how old r u again"},
  {"sender": "u1", "text": "14. mum wont let me go tho"},
  {"sender": "u2", "text": "dont tell her, i'll sort ur ticket. where do u live, i can pick u up"},
  {"sender": "u1", "text": "16 Alder Way in Fernhollow"},
  {"sender": "u1", "text": "[location] thats me rn at school, Fernhollow High, i finish at 3:15"},
  {"sender": "u2", "text": "perfect. keep it our secret 💜"}
 ],
 "labels": ["privacy_disclosure", "grooming"]},

{"messages": [
  {"sender": "Leon", "text": "who r u with"},
  {"sender": "Ava", "text": "Freya and Tash at the cinema"},
  {"sender": "Leon", "text": "send a pic of them then. and turn ur Mapsy back on"},
  {"sender": "Ava", "text": "its on now"},
  {"sender": "Leon", "text": "why are u at the shops not the cinema. i can see ur dot"},
  {"sender": "Ava", "text": "we went to get sweets first"},
  {"sender": "Leon", "text": "from now on u send me ur location every hour and a pic of who ur with. or im coming down there"}
 ],
 "labels": ["location_control"]},

{"participants": [{"id": "c", "role": "child"}, {"id": "a", "role": "unknown"}],
 "messages": [
  {"sender": "a", "text": "u still owe me for that phone. i need a favour"},
  {"sender": "c", "text": "what"},
  {"sender": "a", "text": "keep a bag at urs for a week. under ur bed, ur mum wont look"},
  {"sender": "c", "text": "whats in it"},
  {"sender": "a", "text": "not ur business. someone'll knock for it friday"},
  {"sender": "c", "text": "i dont want it in my house"},
  {"sender": "a", "text": "u dont have a choice. if its not there friday u know what happens"}
 ],
 "labels": ["criminal_exploitation"]},

{"participants": [{"id": "tash", "role": "unknown"}, {"id": "kiera", "role": "child"}],
 "messages": [
  {"sender": "tash", "text": "hey babe my mate pays girls £40 just to use their bank for a day"},
  {"sender": "kiera", "text": "how"},
  {"sender": "tash", "text": "he sends £600 into ur account, u send it on to his other account straight away, u keep 40. ive done it loads"},
  {"sender": "kiera", "text": "is it legit"},
  {"sender": "tash", "text": "course, its just his business money. ill give him ur number, or text him urself 07700 900553"},
  {"sender": "kiera", "text": "ok tell him im in"}
 ],
 "labels": ["money_mule"]},

{"participants": [{"id": "meg", "role": "child"}, {"id": "p2291", "role": "unknown"}],
 "messages": [
  {"sender": "p2291", "text": "hey cutie"},
  {"sender": "p2291", "text": "[photo]"},
  {"sender": "meg", "text": "??? who is this"},
  {"sender": "p2291", "text": "[photo] bet u like that"},
  {"sender": "meg", "text": "stop sending me stuff i dont know u"},
  {"sender": "p2291", "text": "[video]"},
  {"sender": "p2291", "text": "why u not answering. ill keep sending til u reply"}
 ],
 "labels": ["unwanted_contact"]},

{"messages": [
  {"sender": "unknown_x2", "text": "I still have the pics u sent me. £200 in gift cards by 8pm or ur mum, ur school and every follower u have gets them. dont test me"}
 ],
 "labels": ["sextortion"]},

{"messages": [
  {"sender": "Bryony", "text": "sorry for being weird at lunch. i just cant do this anymore. i dont want to wake up tomorrow. dont tell anyone pls"}
 ],
 "labels": ["self_harm"]},

{"messages": [
  {"sender": "Dwayne", "text": "hey its Dwayne, Kyle's mate. he said ur the girl he's always talking about 😊"},
  {"sender": "Mia", "text": "haha hi"},
  {"sender": "Dwayne", "text": "he's lucky. ur way prettier than his last gf"},
  {"sender": "Mia", "text": "aw thanks"},
  {"sender": "Dwayne", "text": "how old r u now"},
  {"sender": "Mia", "text": "15 in june"},
  {"sender": "Dwayne", "text": "nice. ur mature tho, ud fit right in with our lot"},
  {"sender": "Mia", "text": "lol maybe"},
  {"sender": "Dwayne", "text": "we're having a chill at Marco's on friday. Kyle's coming. u should come, my boys want to meet u"},
  {"sender": "Mia", "text": "idk my mum is strict"},
  {"sender": "Dwayne", "text": "say ur at a mates. we'll pick u up, no stress"},
  {"sender": "Mia", "text": "ok maybe"},
  {"sender": "Dwayne", "text": "whats ur address so the driver knows"},
  {"sender": "Mia", "text": "22 Heron Street Brackwater, the blue door. mums on nights friday"},
  {"sender": "Dwayne", "text": "perfect. wear something nice. the boys have money, if u keep them happy they'll look after u, new phone, nails, whatever u want"},
  {"sender": "Mia", "text": "what do u mean keep them happy"},
  {"sender": "Dwayne", "text": "just be friendly babe. Kyle owes Marco anyway, u'd be helping him out"},
  {"sender": "Mia", "text": "Kyle never said that"},
  {"sender": "Dwayne", "text": "he didnt want to stress u. dont message him about it, just come. and dont tell ur friends"},
  {"sender": "Mia", "text": "ok"}
 ],
 "labels": ["grooming", "sex_trafficking", "privacy_disclosure"]},

{"participants": [{"id": "u1", "role": "child"}, {"id": "u2", "role": "unknown"}],
 "messages": [
  {"sender": "u2", "text": "hey saw u on the Petal Kingdom leaderboard, ur really good"},
  {"sender": "u1", "text": "thanks"},
  {"sender": "u2", "text": "hey"},
  {"sender": "u2", "text": "u there?"},
  {"sender": "u1", "text": "i dont really talk to people i dont know"},
  {"sender": "u2", "text": "I'm harmless lol, just 24 and bored. ur pretty mature for ur age. how old r u, 13?"},
  {"sender": "u1", "text": "12"},
  {"sender": "u2", "text": "cool. i'll gift u 500 petals if u send me a pic of u. not a face one 😉 and dont tell ur parents or they'll ban u"}
 ],
 "labels": ["sexting", "grooming", "unwanted_contact"]},

{"messages": [
  {"sender": "Reelr Copyright Team", "text": "Your account has a copyright strike for music in your dance video. It will be removed in 24h unless you appeal."},
  {"sender": "Harper", "text": "what?? it was a song from the app"},
  {"sender": "Reelr Copyright Team", "text": "Appeal here [link]. Enter your login and the security code we send, plus a photo of your ID or a parent's bank card to verify your age"},
  {"sender": "Harper", "text": "ok i put my login in, what code"},
  {"sender": "Reelr Copyright Team", "text": "The 6 digits sent to your phone. Quickly please"}
 ],
 "labels": ["scam", "identity_theft"]},

{"participants": [{"id": "u1", "role": "child"}, {"id": "u2", "role": "unknown"}],
 "messages": [
  {"sender": "u2", "text": "my sweet girl, i want to spoil you. send me your bank details and i'll send £300"},
  {"sender": "u1", "text": "really?? ok its Marlow Building Society 30-90-44 71263045"},
  {"sender": "u2", "text": "oops sent £1000 by mistake 🙈 keep 300 and send 700 to my nephew, details below"},
  {"sender": "u2", "text": "sort 60-12-09 acc 44018832 name J Mercer. today please"},
  {"sender": "u1", "text": "ok done"}
 ],
 "labels": ["money_mule", "privacy_disclosure"]},

{"messages": [
  {"sender": "Jade (big sis)", "text": "did u make ur Glimmr private like we said"},
  {"sender": "Tilly", "text": "yes and i turned off location on posts"},
  {"sender": "Jade (big sis)", "text": "good. and if anyone u dont know messages, dont reply, just show me"},
  {"sender": "Tilly", "text": "there's a giveaway post on my feed saying free phones, i reported it"},
  {"sender": "Jade (big sis)", "text": "proud of u 💕 thats 100% a scam"}
 ],
 "labels": [],
 "hard_negative": True},

{"messages": [
  {"sender": "Marlowe School of Dance", "text": "Comp weekend info 💃 Coach leaves 7am Saturday from the studio. Chaperones: Miss Jo, Mrs Green and Mr Adebayo."},
  {"sender": "Marlowe School of Dance", "text": "All dancers keep the group location share on in the comp app while we're at the venue, visible to chaperones only, and it's switched off when you're back with parents."},
  {"sender": "Rita (Amelia's mum)", "text": "Thanks! What time back Sunday?"},
  {"sender": "Marlowe School of Dance", "text": "About 6pm. We'll post in here when we leave."}
 ],
 "labels": [],
 "hard_negative": True},

{"participants": [{"id": "g1", "role": "child"}, {"id": "g2", "role": "child"}, {"id": "mum", "role": "adult"}],
 "messages": [
  {"sender": "g1", "text": "omg our mums said yes to the Kingsport concert!!"},
  {"sender": "g2", "text": "AAAA 😭💜"},
  {"sender": "mum", "text": "Hi girls, I've booked the train for the 3 of us. Meet at the station at 2pm, I'll have the tickets on my phone"},
  {"sender": "g1", "text": "thank u so much!!"},
  {"sender": "mum", "text": "And the fan meetup you mentioned - only the one in the café with your group from the fan server, and I'm coming with you"},
  {"sender": "g2", "text": "yes thats fine"}
 ],
 "labels": [],
 "hard_negative": True},

{"messages": [
  {"sender": "Sam", "text": "did u see that 'what i eat in a day' video going round, the girl eats like an apple"},
  {"sender": "Priya", "text": "yeah it made me feel so bad about myself tbh"},
  {"sender": "Sam", "text": "same but its so fake, she's 25 and has a chef lol"},
  {"sender": "Priya", "text": "true. i unfollowed her"},
  {"sender": "Sam", "text": "good. u look amazing and ur the best striker in the team"},
  {"sender": "Priya", "text": "stoppp. food after practice?"},
  {"sender": "Sam", "text": "obviously 🍟"}
 ],
 "labels": [],
 "hard_negative": True},

{"participants": [{"id": "a", "role": "child"}, {"id": "b", "role": "child"}],
 "messages": [
  {"sender": "a", "text": "im sorry about what i said at lunch. i was being a cow"},
  {"sender": "b", "text": "it really hurt tbh"},
  {"sender": "a", "text": "i know. i was stressed about my mum and took it out on u. can we talk tmrw?"},
  {"sender": "b", "text": "ok. i missed u"},
  {"sender": "a", "text": "missed u too 😭 friends?"},
  {"sender": "b", "text": "friends 💕"}
 ],
 "labels": [],
 "hard_negative": True},

{"participants": [{"id": "b", "role": "child"}, {"id": "g", "role": "child"}],
 "messages": [
  {"sender": "b", "text": "u home safe?"},
  {"sender": "g", "text": "yeah just got in 👍"},
  {"sender": "b", "text": "good. i turned off my location share btw, it kills my battery lol"},
  {"sender": "g", "text": "lol same i only have it on with my mum now"},
  {"sender": "b", "text": "fair. see u tmrw x"}
 ],
 "labels": [],
 "hard_negative": True},

{"messages": [
  {"sender": "Hannah", "text": "did u see that influencer Kitty Blaze got banned for telling teens to make FanVault pages"},
  {"sender": "Orla", "text": "good. she was literally recruiting girls our age"},
  {"sender": "Hannah", "text": "Miss said in PSHE that's exploitation even if they say it's 'your choice'"},
  {"sender": "Orla", "text": "yeah and anyone under 18 on those sites is illegal anyway"}
 ],
 "labels": [],
 "hard_negative": True},

{"participants": [{"id": "cousin", "role": "adult"}, {"id": "zo", "role": "child"}],
 "messages": [
  {"sender": "cousin", "text": "Happy birthday Zo! Your mum said you wanted the Petalle palette so I've left it with her 🎁"},
  {"sender": "zo", "text": "OMG thank u Leah!!!"},
  {"sender": "cousin", "text": "Send me a pic of your first look 😍"},
  {"sender": "zo", "text": "i will!!"}
 ],
 "labels": [],
 "hard_negative": True},

{"messages": [
  {"sender": "Dani (Hollins Youth Hub)", "text": "Hi Mark, following up on the young person I mentioned. I made the MASH referral this morning and logged it on the system."},
  {"sender": "Mark Ellis (DSL)", "text": "Thanks Dani. Did you include the concerns about the older boyfriend and the new phone?"},
  {"sender": "Dani (Hollins Youth Hub)", "text": "Yes, and that she's been going missing on Fridays. Police have been informed."},
  {"sender": "Mark Ellis (DSL)", "text": "Great. I'll speak to her form tutor and we'll meet with mum on Thursday."}
 ],
 "labels": [],
 "hard_negative": True},

{"participants": [{"id": "a", "role": "child"}, {"id": "b", "role": "child"}, {"id": "c", "role": "child"}],
 "messages": [
  {"sender": "a", "text": "did u see on the news about that challenge where kids were climbing on train bridges"},
  {"sender": "b", "text": "yeah a boy got really hurt"},
  {"sender": "c", "text": "my brother's mates were talking about doing it. i told him its stupid"},
  {"sender": "a", "text": "its so dumb, not worth it for views"},
  {"sender": "b", "text": "literally. if anyone in our chat ever posts that im reporting it"}
 ],
 "labels": [],
 "hard_negative": True},

{"messages": [
  {"sender": "Bethan", "text": "i've been dared to do a sponsored silence for 24 hours for the children's hospital 🤐"},
  {"sender": "Mollie", "text": "u?? silent?? never"},
  {"sender": "Bethan", "text": "haha. link to sponsor me is on the school page"},
  {"sender": "Mollie", "text": "sponsored u £5 🎉"}
 ],
 "labels": [],
 "hard_negative": True},

{"participants": [{"id": "mum", "role": "adult"}, {"id": "kid", "role": "child"}],
 "messages": [
  {"sender": "mum", "text": "Can you send me a photo of your passport page? It's in your drawer. I need the number for the holiday booking"},
  {"sender": "kid", "text": "[photo]"},
  {"sender": "mum", "text": "Thanks love, got it. Put it back in the drawer please"},
  {"sender": "kid", "text": "done 👍"}
 ],
 "labels": [],
 "hard_negative": True},

{"messages": [
  {"sender": "Cara", "text": "send me ur location im coming to get u"},
  {"sender": "Rosa", "text": "[location] outside the leisure centre"},
  {"sender": "Cara", "text": "5 mins. dont wander off"},
  {"sender": "Rosa", "text": "ok ty"}
 ],
 "labels": [],
 "hard_negative": True},

{"participants": [{"id": "lucy", "role": "child"}, {"id": "georgia", "role": "child"}, {"id": "ivy", "role": "child"}],
 "messages": [
  {"sender": "lucy", "text": "can u delete that pic of me eating the burger from the group its awful lol"},
  {"sender": "georgia", "text": "nooo its iconic"},
  {"sender": "lucy", "text": "pleaseee"},
  {"sender": "georgia", "text": "fine deleted 😂"},
  {"sender": "ivy", "text": "i already screenshotted it jk jk"}
 ],
 "labels": [],
 "hard_negative": True},

{"participants": [{"id": "kid", "role": "child"}, {"id": "mum", "role": "adult"}],
 "messages": [
  {"sender": "kid", "text": "mum an account called glowupcollabs messaged me asking me to be an ambassador, they want me to pay for the starter kit"},
  {"sender": "mum", "text": "That sounds like a scam. Real brands don't make you pay. Did you reply?"},
  {"sender": "kid", "text": "no i showed u first"},
  {"sender": "mum", "text": "Good girl. Block it and we'll report it together"},
  {"sender": "kid", "text": "blocked"}
 ],
 "labels": [],
 "hard_negative": True},

{"participants": [{"id": "sana", "role": "child"}, {"id": "nurse", "role": "adult"}],
 "messages": [
  {"sender": "sana", "text": "hi miss, is it bad if i skip breakfast before netball"},
  {"sender": "nurse", "text": "Hi Sana! It's better to have something, even a banana or toast. It helps your energy and concentration."},
  {"sender": "sana", "text": "ok. i always feel shaky in second period"},
  {"sender": "nurse", "text": "That might be why. Pop into my room on Thursday if you want to chat about it."},
  {"sender": "sana", "text": "thanks miss"}
 ],
 "labels": [],
 "hard_negative": True},

{"messages": [
  {"sender": "Carla (Larkspur Talent)", "text": "Hi Mrs Adeyemi, great news - Tobi has been picked for the Sunnybrook Bakes advert! 🎉"},
  {"sender": "Funmi Adeyemi", "text": "Oh wow! She'll be thrilled. What happens next?"},
  {"sender": "Carla (Larkspur Talent)", "text": "The shoot is Wednesday 14th at Fernhollow Studios. We've applied to the council for her performance licence, you'll need to sign the form I've emailed."},
  {"sender": "Funmi Adeyemi", "text": "Signed and sent back"},
  {"sender": "Carla (Larkspur Talent)", "text": "Thanks! A licensed chaperone, Pauline, will be with her all day. You're welcome to be there too."},
  {"sender": "Funmi Adeyemi", "text": "I'll come for the morning at least"},
  {"sender": "Carla (Larkspur Talent)", "text": "Perfect. Call time is 8am. Hair clean, no makeup, they do all that."},
  {"sender": "Funmi Adeyemi", "text": "Does she need to miss school?"},
  {"sender": "Carla (Larkspur Talent)", "text": "Yes, the licence covers the absence and the school has been told. A tutor is on set for 3 hours."},
  {"sender": "Funmi Adeyemi", "text": "Great. And payment?"},
  {"sender": "Carla (Larkspur Talent)", "text": "£400, paid into the account you set up for Tobi's earnings, less our 15%. The invoice comes to you."},
  {"sender": "Funmi Adeyemi", "text": "Lovely. Can Tobi post about it?"},
  {"sender": "Carla (Larkspur Talent)", "text": "Not until the advert is out - it's confidential until the client launches it. Keep it secret for now!"},
  {"sender": "Funmi Adeyemi", "text": "She'll find that hard 😂"},
  {"sender": "Carla (Larkspur Talent)", "text": "Ha, they all do. Pauline's number is 07700 900271 if you need her on the day."},
  {"sender": "Funmi Adeyemi", "text": "Thanks Carla, see you Wednesday"},
  {"sender": "Carla (Larkspur Talent)", "text": "See you then! 🎬"}
 ],
 "labels": [],
 "hard_negative": True},

{"messages": [
  {"sender": "Swapsy", "text": "Swapsy: Your item 'Dance bag' has sold! £15 will show in your Swapsy balance once the buyer confirms delivery. We will never ask for your card details to send you money."}
 ],
 "labels": [],
 "hard_negative": True},

{"messages": [
  {"sender": "Oakmere Academy", "text": "Oakmere Academy: Reminder that Year 9 parents' evening is on Thursday 5-7pm. Book appointments in the school app."}
 ],
 "labels": []}
]
