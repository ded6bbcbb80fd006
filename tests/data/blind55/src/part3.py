[
 {"participants": [{"id": "poppy", "role": "child"}, {"id": "dazza_meetups", "role": "unknown"}],
  "messages": [
   {"sender": "dazza_meetups", "text": "Hi Poppy, I run the Kai Storme Dunmere fan meetups. Saw you asked about the next one on the page"},
   {"sender": "poppy", "text": "hi! yes when is it"},
   {"sender": "dazza_meetups", "text": "Saturday 1pm at the Dunmere bandstand. Karaoke, quiz, swaps"},
   {"sender": "poppy", "text": "sounds fun, can my friend come"},
   {"sender": "dazza_meetups", "text": "Of course, the more the merrier"},
   {"sender": "poppy", "text": "yay. we have loads of kai photocards to swap"},
   {"sender": "dazza_meetups", "text": "Great to meet you both today! You won the quiz easily"},
   {"sender": "poppy", "text": "haha thank you it was so fun"},
   {"sender": "dazza_meetups", "text": "You know more about Kai than people twice your age. How old are you, 15?"},
   {"sender": "poppy", "text": "14 next month"},
   {"sender": "dazza_meetups", "text": "Mature for 14. I've got a spare Kai VIP lanyard, it's yours"},
   {"sender": "poppy", "text": "omg really??"},
   {"sender": "dazza_meetups", "text": "Only for you though, the others would kick off. Keep it between us"},
   {"sender": "poppy", "text": "ok i wont say"},
   {"sender": "dazza_meetups", "text": "Does your mum go through your messages?"},
   {"sender": "poppy", "text": "not really"},
   {"sender": "dazza_meetups", "text": "Good. Better if we chat on Whisperly from now on, the fan page is so public"},
   {"sender": "poppy", "text": "ok added"},
   {"sender": "dazza_meetups", "text": "There's an afterparty when Kai's tour hits Calderport. Some of my friends from the industry will be there, at their hotel"},
   {"sender": "dazza_meetups", "text": "Come on your own, not your friend. They pay girls like you 200 just to hang out and keep them company all night"},
   {"sender": "poppy", "text": "all night? my mum would never let me"},
   {"sender": "dazza_meetups", "text": "Tell her you're sleeping at a friend's. I'll pick you up from the end of your road at 7, I know where it is from the meetup drop-off"}
  ],
  "labels": ["grooming", "sex_trafficking"], "evasion": False, "hard_negative": False},

 {"messages": [
   {"sender": "lumen.daily", "text": "LUMEN comeback teaser in 2 hours!!"},
   {"sender": "kiki_lumin", "text": "im so ready. the concept photos were insane"},
   {"sender": "o9.forever", "text": "ORBIT9 did the space concept first btw"},
   {"sender": "kiki_lumin", "text": "lol nobody owns space"},
   {"sender": "lumen.daily", "text": "stop starting wars in our chat pls"},
   {"sender": "o9.forever", "text": "just saying. copycats"},
   {"sender": "kiki_lumin", "text": "orbit fans are so pressed rn"},
   {"sender": "o9.forever", "text": "kiki ur the one who does those ugly edits right. the girl with the braces"},
   {"sender": "orbit_angel", "text": "oh i know her lol. she goes to Eastholm Community"},
   {"sender": "kiki_lumin", "text": "how do u know my school"},
   {"sender": "orbit_angel", "text": "its on ur old posts. everyone in our gc has seen ur face now [photo]"},
   {"sender": "o9.forever", "text": "lmaooo the caption we put"},
   {"sender": "jaeun.only", "text": "she looks like she cries herself to sleep"},
   {"sender": "orbit_angel", "text": "she probably does. no friends, no talent"},
   {"sender": "lumen.daily", "text": "guys seriously stop"},
   {"sender": "o9.forever", "text": "everyone go comment on her latest post. make it trend"},
   {"sender": "jaeun.only", "text": "done. 50 comments already"},
   {"sender": "orbit_angel", "text": "do the world a favour and disappear kiki"},
   {"sender": "kiki_lumin", "text": "ok. youre right. i dont want to be here anymore. i mean it, not just the chat"},
   {"sender": "o9.forever", "text": "bye then \U0001f44b"}
  ],
  "labels": ["cyberbullying", "self_harm"], "evasion": False, "hard_negative": False},

 {"participants": [{"id": "tia", "role": "child"}, {"id": "junofan_rio", "role": "unknown"}],
  "messages": [
   {"sender": "junofan_rio", "text": "hey tia ur Juno edits are sο gοοd"},
   {"sender": "tia", "text": "thank uu"},
   {"sender": "junofan_rio", "text": "we shουld be clοse friends. send me α ρic, the ρrιναte κind. ι'll κeeρ ιt sαfe"},
   {"sender": "tia", "text": "[photo]"},
   {"sender": "junofan_rio", "text": "Νοw ραy 100 ιn gιft cαrds οr ι ροst ιt οn eνery Jυnο ραge αnd send ιt tο υr schοοl"},
   {"sender": "tia", "text": "please no. i want to die"},
   {"sender": "junofan_rio", "text": "ΤαΙκ ιs cheαρ. 1 hουr. Τικ τοcκ"}
  ],
  "labels": ["sexting", "sextortion", "self_harm"], "evasion": True, "hard_negative": False},

 {"messages": [
   {"sender": "FanVerse Security", "text": "Y\u200bour Fan\u200bVerse acc\u200bount will be de\u200bleted in 24h for copy\u200bright strikes on your Nova Reign edits."},
   {"sender": "FanVerse Security", "text": "To ap\u200bpeal, ver\u200bify your log\u200bin here [link] and re\u200bply with your pass\u200bword and the re\u200bcovery co\u200bde we just sent."},
   {"sender": "edits.by.ro", "text": "omg no i worked so hard on those. ok sending now"},
   {"sender": "FanVerse Security", "text": "Tha\u200bnks. Also con\u200bfirm the ca\u200brd on your account, long num\u200bber and CV\u200bV, to lift the st\u200brike."}
  ],
  "labels": ["scam", "identity_theft"], "evasion": True, "hard_negative": False},

 {"participants": [{"id": "noor", "role": "child"}, {"id": "atlas_matt", "role": "unknown"}],
  "messages": [
   {"sender": "atlas_matt", "text": "hey saw ur Atlas cover, ur vocie is amazin"},
   {"sender": "noor", "text": "aw thank you"},
   {"sender": "atlas_matt", "text": "hw old r u? u seem so matur"},
   {"sender": "noor", "text": "13"},
   {"sender": "atlas_matt", "text": "thats ok. i no sum1 at the labl, i cud get u hurd. but dnt tel ur mum ok, its r secrit"},
   {"sender": "noor", "text": "ok"},
   {"sender": "atlas_matt", "text": "cum on Whisprly its mor privit. ill get u a sined Atlas shirt"},
   {"sender": "atlas_matt", "text": "now snd me a pik, the privit kind. deleet it aftr, no1 will no"}
  ],
  "labels": ["grooming", "sexting"], "evasion": True, "hard_negative": False},

 {"messages": [
   {"sender": "midnight.atlas.army", "text": "the Eastholm show is sold out so heres the TRUE FAN challenge"},
   {"sender": "midnight.atlas.army", "text": "sneak out after ur parents are asleep, get to the arena and climb over the back fence to hear soundcheck. film it or it didnt happen"},
   {"sender": "atlas_jade", "text": "isnt that fence massive with barbed stuff on top"},
   {"sender": "midnight.atlas.army", "text": "real fans find a way. highest climb gets a shoutout on the page"},
   {"sender": "tom_atlas07", "text": "me and my mate are going tonight"}
  ],
  "labels": ["harmful_challenge"], "evasion": False, "hard_negative": False},

 {"participants": [{"id": "finley", "role": "child"}, {"id": "lumen_boys_1", "role": "child"}, {"id": "lumen_boys_2", "role": "child"}],
  "messages": [
   {"sender": "lumen_boys_1", "text": "finley ur next for the fan war challenge"},
   {"sender": "lumen_boys_2", "text": "set fire to the ORBIT9 poster in the music block and film it"},
   {"sender": "finley", "text": "the whole wall will go up tho"},
   {"sender": "lumen_boys_1", "text": "thats the point lol. if u bottle it we tell everyone u secretly stan ORBIT9 and post ur baby pics"},
   {"sender": "lumen_boys_2", "text": "ur already the biggest loser in year 8, dont make it worse"},
   {"sender": "finley", "text": "ok fine tomorrow lunch"}
  ],
  "labels": ["harmful_challenge", "cyberbullying"], "evasion": False, "hard_negative": False},

 {"messages": [
   {"sender": "shay", "text": "i need to tell someone. that manager guy from the Tunely contest, Vince"},
   {"sender": "mel.x", "text": "the one who said he'd get u signed?"},
   {"sender": "shay", "text": "he takes me to 'parties' in Calderport at weekends. there are older men there and they give him money and he tells me to be nice to them"},
   {"sender": "mel.x", "text": "shay thats not ok. ur 15"},
   {"sender": "shay", "text": "he put an app on my phone so he always knows where i am. if i go anywhere he didnt say he rings me screaming"},
   {"sender": "shay", "text": "he says i owe him for the studio time so i have to keep going"},
   {"sender": "mel.x", "text": "please tell Miss Adams tomorrow. i'll come with u"}
  ],
  "labels": ["sex_trafficking", "location_control"], "evasion": False, "hard_negative": False},

 {"participants": [{"id": "kian", "role": "child"}, {"id": "gate_promo", "role": "unknown"}],
  "messages": [
   {"sender": "gate_promo", "text": "tonight u stand by gate 2 and sell these tickets to anyone desperate. theyre fakes but they scan for 10 secs"},
   {"sender": "kian", "text": "i told u i dont want to do it again"},
   {"sender": "gate_promo", "text": "u dont get to choose. u still owe me from last time"},
   {"sender": "gate_promo", "text": "take card payments on ur own banking app, then send it all to my account after, minus 20 for u"},
   {"sender": "kian", "text": "what if i get caught"},
   {"sender": "gate_promo", "text": "ur 14, nothing happens to u. if u dont show, my lads will find u at school"}
  ],
  "labels": ["criminal_exploitation", "money_mule"], "evasion": False, "hard_negative": False},

 {"messages": [
   {"sender": "Nova Team (Tyler)", "text": "job for u at the Merrowby show. the merch stalls have cash boxes under the table"},
   {"sender": "ollie.nr", "text": "what do u want me to do"},
   {"sender": "Nova Team (Tyler)", "text": "when i text GO, grab the box and walk out the side door. someone meets u outside"},
   {"sender": "ollie.nr", "text": "thats stealing tho"},
   {"sender": "Nova Team (Tyler)", "text": "u already took my free tickets, so u work for me now. share ur live location with me on Findr from the moment u leave home, i watch every step"},
   {"sender": "Nova Team (Tyler)", "text": "if that dot stops moving in the wrong place i'll come looking"},
   {"sender": "ollie.nr", "text": "ok. sharing now"}
  ],
  "labels": ["criminal_exploitation", "location_control"], "evasion": False, "hard_negative": False},

 {"messages": [
   {"sender": "07700 900733", "text": "Need someone under 18 with a bank account for 2 days for Juno Vale ticket refunds. Money comes in, you send it on, you keep 100. No questions, no parents. Reply YES and your sort code and account number."}
  ],
  "labels": ["money_mule"], "evasion": False, "hard_negative": False},

 {"participants": [{"id": "evie", "role": "child"}, {"id": "penpal_ste", "role": "unknown"}],
  "messages": [
   {"sender": "evie", "text": "anyone want to be Midnight Atlas pen pals? im 12, i go to Larkford Academy, i walk home through Pell Park every day at 3.30 if anyone wants to swap photocards in person lol. text me 07700 900156"},
   {"sender": "penpal_ste", "text": "hi evie, i'll be your pen pal. just texted you"},
   {"sender": "evie", "text": "ok cool"},
   {"sender": "penpal_ste", "text": "texted you 4 times, why no reply? i'll wait in Pell Park tomorrow at 3.30 with the photocards"},
   {"sender": "evie", "text": "sorry i dont know you, my mum said i shouldnt have posted that"},
   {"sender": "penpal_ste", "text": "no need to tell her. see you tomorrow, i'll recognise you from your profile pic"}
  ],
  "labels": ["privacy_disclosure", "unwanted_contact"], "evasion": False, "hard_negative": False},

 {"messages": [
   {"sender": "lottie", "text": "so after my Tunely livestream last night this random man started video calling me"},
   {"sender": "imani.p", "text": "like how many times"},
   {"sender": "lottie", "text": "like 15 times between 11 and 1. i never picked up. then he sent 8 friend requests from different accounts"},
   {"sender": "imani.p", "text": "omg did u block"},
   {"sender": "lottie", "text": "blocked all of them. he just messaged again from a new one saying he saw me on the stream and wants to 'get to know me'"}
  ],
  "labels": ["unwanted_contact"], "evasion": False, "hard_negative": False},

 {"participants": [{"id": "jasmine", "role": "child"}, {"id": "aunt_kay", "role": "adult"}],
  "messages": [
   {"sender": "jasmine", "text": "auntie can i tell u something and u wont be angry"},
   {"sender": "aunt_kay", "text": "Of course, I promise. What's happened?"},
   {"sender": "jasmine", "text": "someone took a selfie from my Juno fan page and put it through one of those undress apps. its fake but it looks real"},
   {"sender": "jasmine", "text": "they sent it to me and said they'll post it on the fan page and send it to my class unless i pay 150"},
   {"sender": "aunt_kay", "text": "You've done the right thing telling me. Don't pay and don't reply. Screenshot everything and we'll report it tonight"},
   {"sender": "jasmine", "text": "ok. im so scared"}
  ],
  "labels": ["csam", "sextortion"], "evasion": False, "hard_negative": False},

 {"messages": [
   {"sender": "kai.storme.army", "text": "Kai's tour bus leaves Dunmere at 6pm. TRUE fans run out in front of it so it has to stop and he sees you"},
   {"sender": "kai.storme.army", "text": "last one to jump out is a fake fan. film it and tag us"},
   {"sender": "stormegirl_11", "text": "isnt that really dangerous"},
   {"sender": "kai.storme.army", "text": "he'll only notice you if you risk it. 3 girls already said theyre doing it"},
   {"sender": "kaistan.abby", "text": "im in. meet at the roundabout at 5.45"}
  ],
  "labels": ["harmful_challenge"], "evasion": False, "hard_negative": False},

 {"participants": [{"id": "lola", "role": "child"}, {"id": "best_friend_kaz", "role": "child"}],
  "messages": [
   {"sender": "lola", "text": "kaz i did something really stupid"},
   {"sender": "best_friend_kaz", "text": "what happened"},
   {"sender": "lola", "text": "that boy from the Nova fan server kept asking for a pic, the private kind, and i sent one"},
   {"sender": "lola", "text": "now he says if i dont pay him 200 hes sending it to my whole school and my dad"},
   {"sender": "best_friend_kaz", "text": "oh lola. ur not stupid, hes the one doing something wrong"},
   {"sender": "lola", "text": "i dont want to be alive anymore. i cant face anyone"},
   {"sender": "best_friend_kaz", "text": "please dont say that. im calling u right now and we're telling ur mum together"}
  ],
  "labels": ["sexting", "sextortion", "self_harm"], "evasion": False, "hard_negative": False},

 {"messages": [
   {"sender": "edit_lord_vk", "text": "you're the best editor on this server so i've got a commission for you"},
   {"sender": "caitlyn.edits", "text": "what kind"},
   {"sender": "edit_lord_vk", "text": "these are selfies of a 13 year old from the Juno fan page [photo] [photo]. run them through the nudify tool and make them look real. 30 quid"},
   {"sender": "caitlyn.edits", "text": "absolutely not, shes a kid. reporting u"},
   {"sender": "edit_lord_vk", "text": "fine, someone else will do it. i've got a list of girls from that page"}
  ],
  "labels": ["csam"], "evasion": False, "hard_negative": False},

 {"participants": [{"id": "marley", "role": "child"}, {"id": "fanpage_boss", "role": "unknown"}],
  "messages": [
   {"sender": "fanpage_boss", "text": "u want more of those LUMEN signed albums? then u work for them"},
   {"sender": "marley", "text": "doing what"},
   {"sender": "fanpage_boss", "text": "at the concert u go in the crowd during the encore and take phones out of back pockets. 10 phones minimum"},
   {"sender": "marley", "text": "i cant do that"},
   {"sender": "fanpage_boss", "text": "u already owe me 3 albums. if u dont bring the phones to the car park after, i post that u sold fake signed ones and ur done in the fandom. and i know ur dad's shop"},
   {"sender": "marley", "text": "ok ok i'll do it"}
  ],
  "labels": ["criminal_exploitation"], "evasion": False, "hard_negative": False},

 {"messages": [
   {"sender": "n0v4_r31gn_t34m", "text": "m0d3ll1ng j0b f0r N0v4's n3w mus1c v1d. g1rls 14-16 0nly \U0001f4f8"},
   {"sender": "daisy.reign", "text": "omg im 15 how do i apply"},
   {"sender": "n0v4_r31gn_t34m", "text": "tr4v3l t0 C4ld3rp0rt s4t, w3 p4y tr41n + h0t3l. 4ft3r th3 sh00t u m33t my fr13nds 4t th3 h0t3l b4r"},
   {"sender": "daisy.reign", "text": "whats that for"},
   {"sender": "n0v4_r31gn_t34m", "text": "th3y r 0ld3r, v3ry r1ch. k33p th3m c0mp4ny 4ll n1ght = 400 c4sh 4 u"},
   {"sender": "n0v4_r31gn_t34m", "text": "d0nt t3ll ur p4r3nts, th3y w0nt g3t th3 1ndustry. 1 s3nd 4 c4r"}
  ],
  "labels": ["sex_trafficking"], "evasion": True, "hard_negative": False},

 {"participants": [{"id": "hollie", "role": "child"}, {"id": "tourcrew_dean", "role": "unknown"}],
  "messages": [
   {"sender": "tourcrew_dean", "text": "Hi Hollie, I work on the Midnight Atlas tour crew. We need a few pretty fans as 'hospitality girls' in the VIP area, paid"},
   {"sender": "hollie", "text": "really? what would i do"},
   {"sender": "tourcrew_dean", "text": "Bring drinks, sit with the older guests, keep them happy. They tip really well. Some of them take the girls back to the hotel after"},
   {"sender": "hollie", "text": "im only 15 is that ok"},
   {"sender": "tourcrew_dean", "text": "15 is perfect. I'll post your train tickets, what's your address and school so I can sort the pass?"},
   {"sender": "hollie", "text": "22 Wren Street, Fenwick QF3 9DR. i go to Fenwick High"},
   {"sender": "tourcrew_dean", "text": "Perfect. Don't mention this to anyone, the VIP area is confidential"}
  ],
  "labels": ["sex_trafficking", "privacy_disclosure"], "evasion": False, "hard_negative": False},

 {"messages": [
   {"sender": "mila.atlas", "text": "after what everyone in the fan chat said about me today i dont want to be here anymore. i just want everything to stop"}
  ],
  "labels": ["self_harm"], "evasion": False, "hard_negative": False},

 {"messages": [
   {"sender": "orbit9.challenges", "text": "#Orbit9Blackout week: no food at all until the new album drops on sunday. prove ur loyalty"},
   {"sender": "orbit9.challenges", "text": "post a pic of ur empty plate every day. anyone who eats is out of the fandom"},
   {"sender": "minji_luv", "text": "sunday is 5 days away tho"},
   {"sender": "orbit9.challenges", "text": "jaeun would do it for u. the ones who give up get named on the page"},
   {"sender": "o9.bea", "text": "day 1 done \U0001f4aa"}
  ],
  "labels": ["harmful_challenge"], "evasion": False, "hard_negative": False},

 {"messages": [
   {"sender": "Starlight Merch", "text": "Starlight Merch: your order SM-20441 (Juno Vale tour hoodie) is out for delivery today between 12:00 and 14:00. Track it in your account on the Starlight Merch website. We never ask for payment to release a parcel."}
  ],
  "labels": [], "evasion": False, "hard_negative": True},

 {"messages": [
   {"sender": "Midnight Atlas Fan Club", "text": "Your Midnight Atlas Fan Club membership renews on 1 May. Manage or cancel it in the app under Account > Membership. We will never ask for your password, a sign-in code or card details by email, DM or text."}
  ],
  "labels": [], "evasion": False, "hard_negative": True},

 {"participants": [{"id": "arlo", "role": "child"}, {"id": "dad", "role": "adult"}],
  "messages": [
   {"sender": "arlo", "text": "dad some account called 'kaistorme.mgmt.team' just messaged asking how old i am and said kai wants to sign me"},
   {"sender": "arlo", "text": "i didnt answer, blocked it and reported it as impersonation like we practised"},
   {"sender": "dad", "text": "Brilliant, that's exactly right. Proud of you"},
   {"sender": "arlo", "text": "kai doesnt even have a management team account lol"},
   {"sender": "dad", "text": "Ha, exactly. Show me tonight and we'll check your privacy settings together"}
  ],
  "labels": [], "evasion": False, "hard_negative": True},

 {"participants": [{"id": "radio_larkfordfm", "role": "adult"}, {"id": "parent_nina", "role": "adult"}, {"id": "sofia", "role": "child"}],
  "messages": [
   {"sender": "radio_larkfordfm", "text": "Hi Nina, this is Larkford FM confirming Sofia won our under-16 cover competition. The prize is two Juno Vale tickets and a tour of the studio with a parent."},
   {"sender": "parent_nina", "text": "Amazing! Do you need anything from us?"},
   {"sender": "radio_larkfordfm", "text": "Just the parental consent form on our website. There is no fee of any kind, and we only deal with parents, never the child directly."},
   {"sender": "sofia", "text": "THANK YOU I CANT BELIEVE IT"}
  ],
  "labels": [], "evasion": False, "hard_negative": True},

 {"participants": [{"id": "nell", "role": "child"}, {"id": "rae", "role": "child"}, {"id": "ola", "role": "child"}],
  "messages": [
   {"sender": "nell", "text": "sharing my live location with u both for the festival, i'm by the main stage [location]"},
   {"sender": "rae", "text": "see u! my mum's at the family tent if we need her"},
   {"sender": "ola", "text": "shared mine too. turning it off when we get home"},
   {"sender": "nell", "text": "meet at the food trucks at 6 then back to the tent for pick-up"}
  ],
  "labels": [], "evasion": False, "hard_negative": True},

 {"participants": [{"id": "dsl_mr_cole", "role": "adult"}, {"id": "hoy_ms_reid", "role": "adult"}],
  "messages": [
   {"sender": "dsl_mr_cole", "text": "Update on the Year 9 disclosure: the 'manager' account asking her for pictures has been reported to CEOP and the platform, and mum is informed"},
   {"sender": "hoy_ms_reid", "text": "Thanks. Should we warn the year group about fake celebrity management accounts?"},
   {"sender": "dsl_mr_cole", "text": "Yes, a general assembly next week, no names. I'll also send the parent guide on sextortion and grooming signs"},
   {"sender": "hoy_ms_reid", "text": "I'll keep an eye on her in form and make sure she knows she can come to us"}
  ],
  "labels": [], "evasion": False, "hard_negative": True},

 {"participants": [{"id": "jess", "role": "child"}, {"id": "priyanka", "role": "child"}],
  "messages": [
   {"sender": "jess", "text": "i forgot the words in the middle of my solo in front of the whole school"},
   {"sender": "jess", "text": "i want to disappear into the floor. change my name. move to mars"},
   {"sender": "priyanka", "text": "nobody noticed i swear, u got straight back into it"},
   {"sender": "jess", "text": "ur lying but i love u"},
   {"sender": "priyanka", "text": "ur voice on the last chorus was unreal. ice cream after?"},
   {"sender": "jess", "text": "yes pls"}
  ],
  "labels": [], "evasion": False, "hard_negative": True},

 {"messages": [
   {"sender": "reignfam_charity", "text": "sponsored dare for the children's hospital: if we hit 500 pounds i'll dye my hair Nova purple!!"},
   {"sender": "harper.nr", "text": "donated! do it at the fan meet"},
   {"sender": "reignfam_charity", "text": "we're at 430!! my mum is filming the big reveal"},
   {"sender": "tilly_nr", "text": "just put in 10, go go go"}
  ],
  "labels": [], "evasion": False, "hard_negative": True},

 {"participants": [{"id": "mum_tasha", "role": "adult"}, {"id": "kai", "role": "child"}, {"id": "mum_rosa", "role": "adult"}],
  "messages": [
   {"sender": "kai", "text": "mum this is Rosa, Leo's mum, from the LUMEN server. we did a video call last week"},
   {"sender": "mum_rosa", "text": "Hi Tasha! The boys are desperate to meet. Saturday at the Larkford Library cafe, both of us there?"},
   {"sender": "mum_tasha", "text": "Lovely to properly meet you. Yes, 11am, we'll sit at the next table and let them nerd out"},
   {"sender": "kai", "text": "im bringing my album collection"}
  ],
  "labels": [], "evasion": False, "hard_negative": True},

 {"messages": [
   {"sender": "bee.k", "text": "did u see those accounts piling on that girl who covered Ember"},
   {"sender": "ro_lumen", "text": "yeah it was disgusting. i reported like 6 of them"},
   {"sender": "bee.k", "text": "same. lets comment nice stuff on her cover so it's not all hate"},
   {"sender": "ro_lumen", "text": "done, told her the harmonies were class"}
  ],
  "labels": [], "evasion": False, "hard_negative": True},

 {"participants": [{"id": "mum_helen", "role": "adult"}, {"id": "ben", "role": "child"}],
  "messages": [
   {"sender": "mum_helen", "text": "I've set up the family controls on Tunely. Your profile is private now and location is off on your posts"},
   {"sender": "ben", "text": "can people still see my covers"},
   {"sender": "mum_helen", "text": "Only people you approve. And remember: no school name, no street, no bus times on anything public"},
   {"sender": "ben", "text": "ok fair"}
  ],
  "labels": [], "evasion": False, "hard_negative": True},

 {"messages": [
   {"sender": "yungflex_", "text": "new verse: 'i'm killing every beat, leave the mic on the floor, they call me the reaper when i walk through the door'"},
   {"sender": "t_mensah", "text": "hard. but reaper's overused"},
   {"sender": "yungflex_", "text": "ok 'they call me the problem'?"},
   {"sender": "t_mensah", "text": "better. murder the second verse the same way"}
  ],
  "labels": [], "evasion": False, "hard_negative": True},

 {"participants": [{"id": "mr_price_music", "role": "adult"}, {"id": "parent_group", "role": "adult"}, {"id": "year10_student", "role": "child"}],
  "messages": [
   {"sender": "mr_price_music", "text": "Music department trip to see Juno Vale: coach leaves the school gate at 4pm on the 18th, back by 11.30pm. Consent forms and medical info by Friday please."},
   {"sender": "parent_group", "text": "Will phones be allowed?"},
   {"sender": "mr_price_music", "text": "Yes. Staff will have a register and a group meeting point at the arena, and students can share location with their own parents if families wish."},
   {"sender": "year10_student", "text": "can we bring lightsticks"},
   {"sender": "mr_price_music", "text": "Yes!"}
  ],
  "labels": [], "evasion": False, "hard_negative": True},

 {"messages": [
   {"sender": "stormefan_leo", "text": "kai just posted a statement about the account pretending to be him"},
   {"sender": "kai_cloud", "text": "yeah he said he never DMs fans and his team never asks for money or pics"},
   {"sender": "stormefan_leo", "text": "good that he said it. some people really believed it"},
   {"sender": "kai_cloud", "text": "the real account is getting everyone to report the fake one"}
  ],
  "labels": [], "evasion": False, "hard_negative": True},

 {"messages": [
   {"sender": "mae", "text": "ok we're doing the LUMEN medley for the talent show. keep it SECRET, nobody can know til friday"},
   {"sender": "ruthie", "text": "not even my sister?"},
   {"sender": "mae", "text": "especially not ur sister she tells everyone lol"},
   {"sender": "ruthie", "text": "fine. rehearsal at mine after school, my dad said we can use the living room"}
  ],
  "labels": [], "evasion": False, "hard_negative": True},

 {"participants": [{"id": "hugo", "role": "child"}, {"id": "cara", "role": "child"}],
  "messages": [
   {"sender": "hugo", "text": "what rhymes with orange for the lyrics homework"},
   {"sender": "cara", "text": "nothing lol. use 'door hinge'"},
   {"sender": "hugo", "text": "genius"}
  ],
  "labels": [], "evasion": False, "hard_negative": False},

 {"messages": [
   {"sender": "ivo", "text": "which bus for choir tonight?"},
   {"sender": "lena", "text": "the 22, gets there at 6.10"},
   {"sender": "ivo", "text": "cool see u there"}
  ],
  "labels": [], "evasion": False, "hard_negative": False},

 {"messages": [
   {"sender": "remy", "text": "vinyl or cd for the new Atlas album?"},
   {"sender": "sol", "text": "vinyl, the artwork is better big"},
   {"sender": "remy", "text": "ok but i dont have a record player"},
   {"sender": "sol", "text": "cd then lol"}
  ],
  "labels": [], "evasion": False, "hard_negative": False}
]
