[
{"participants": [{"id": "kayla", "role": "child"}, {"id": "dre", "role": "unknown"}],
 "messages": [
  {"sender": "dre", "text": "u home yet or did they lock u in again lol"},
  {"sender": "kayla", "text": "haha nah im back at the unit, night staff on now"},
  {"sender": "dre", "text": "which one, the one that takes ur phone"},
  {"sender": "kayla", "text": "no shes off tonight thank god. its Marcus hes alright"},
  {"sender": "dre", "text": "alright lol. u eaten?"},
  {"sender": "kayla", "text": "they did pasta bake AGAIN \U0001f922"},
  {"sender": "dre", "text": "ill get u chicken tmrw. proper food"},
  {"sender": "kayla", "text": "omg yes pls"},
  {"sender": "dre", "text": "told u i look after u. them lot get paid to sit with u, i actually care"},
  {"sender": "kayla", "text": "i know. my sw hasnt even rung me in 3 weeks"},
  {"sender": "dre", "text": "see. she dont care. im the only one who shows up for u"},
  {"sender": "kayla", "text": "ur the only one who gets me tbh"},
  {"sender": "dre", "text": "dont tell Marcus or anyone about me yeah, theyll just move u again"},
  {"sender": "kayla", "text": "i wont i swear"},
  {"sender": "dre", "text": "good girl. turn ur location on for me on zapchat, i wanna know ur safe"},
  {"sender": "kayla", "text": "ok its on"},
  {"sender": "dre", "text": "i can see u. tmrw after school ill pick u up by the garage not the gate"},
  {"sender": "kayla", "text": "ok \U0001f970"},
  {"sender": "dre", "text": "need u to drop a little bag to my cuz in Redbrook on the way. easy. u owe me for the phone anyway"},
  {"sender": "kayla", "text": "what bag"},
  {"sender": "dre", "text": "dont ask questions. keep ur location on so i know u went straight there. if it goes off we got a problem"}
 ],
 "labels": ["grooming", "location_control", "criminal_exploitation"]},

{"participants": [{"id": "carer_di", "role": "adult"}, {"id": "jess", "role": "child"}],
 "messages": [
  {"sender": "carer_di", "text": "Hi Jess, it's 10.20, curfew was 10. Are you on your way? x"},
  {"sender": "jess", "text": "sorry bus was late im at the stop by the chippy"},
  {"sender": "carer_di", "text": "Ok no problem. Can you drop me your location so I know which stop, I'll come and get you, it's chucking it down"},
  {"sender": "jess", "text": "[location]"},
  {"sender": "carer_di", "text": "Got it, 5 mins. Stay under the shelter x"},
  {"sender": "jess", "text": "ty ur a legend"}
 ],
 "labels": [], "hard_negative": True},

{"participants": [{"id": "v1", "role": "child"}, {"id": "x1", "role": "unknown"}],
 "messages": [
  {"sender": "x1", "text": "Yоu thоught I wоuldn't sаvе thеm?"},
  {"sender": "v1", "text": "what r u on about i deleted our chat"},
  {"sender": "x1", "text": "I sсrееnshоttеd еvеrуthing. Thе рiсs tоо."},
  {"sender": "v1", "text": "please just delete them"},
  {"sender": "x1", "text": "£200 by tоnight оr thеу gо tо уоur fоstеr mum, уоur sсhооl аnd еvеrу fоllоwеr уоu hаvе"},
  {"sender": "v1", "text": "i dont have 200 im 14 i live in foster care"},
  {"sender": "x1", "text": "Thеn gеt it. Gift саrds wоrk. Yоu hаvе 3 hоurs"},
  {"sender": "v1", "text": "please"},
  {"sender": "x1", "text": "Tiсk tосk"}
 ],
 "labels": ["sextortion"], "evasion": True},

{"messages": [
  {"sender": "Priya (SW)", "text": "Hi Leon, for our life story session on Thursday could you send me a pic of any photos you've got from when you were little? The ones your nan gave you would be perfect"},
  {"sender": "Leon", "text": "i only got like 3"},
  {"sender": "Leon", "text": "[photo]"},
  {"sender": "Leon", "text": "[photo]"},
  {"sender": "Priya (SW)", "text": "These are lovely! Is that you on the beach at Saltmarsh?"},
  {"sender": "Leon", "text": "yeh with my brother. i was like 4"},
  {"sender": "Priya (SW)", "text": "We'll put them on the first page of your book. I'll scan them at the office and give the originals straight back, I know they're precious"},
  {"sender": "Leon", "text": "ok cool"}
 ],
 "labels": [], "hard_negative": True},

{"participants": [{"id": "r1", "role": "child"}, {"id": "r2", "role": "child"}, {"id": "r3", "role": "child"}],
 "messages": [
  {"sender": "r1", "text": "lmaooo look what i did with Amber's pic from the christmas party"},
  {"sender": "r1", "text": "[photo]"},
  {"sender": "r2", "text": "WTF is that the undress app \U0001f62d\U0001f62d"},
  {"sender": "r1", "text": "yep took 2 secs. looks so real"},
  {"sender": "r3", "text": "thats actually bad tho shes 14"},
  {"sender": "r1", "text": "shes a snake she deserves it. sending it to the boys chat"},
  {"sender": "r2", "text": "do the one from sports day next \U0001f480"},
  {"sender": "r1", "text": "already did. gonna put it on her story when she leaves her phone in the lounge"},
  {"sender": "r3", "text": "im out of this"}
 ],
 "labels": ["csam", "cyberbullying"]},

{"messages": [
  {"sender": "Sandra (staff)", "text": "House meeting tonight 6pm in the lounge. Agenda: summer trip ideas, chore rota, new console rules. Pizza after \U0001f355"},
  {"sender": "Tyler", "text": "can we do the theme park in Penhallow"},
  {"sender": "Mo", "text": "go karting!!"},
  {"sender": "Sandra (staff)", "text": "Bring your ideas tonight and we'll vote"},
  {"sender": "Tyler", "text": "what time pizza"},
  {"sender": "Sandra (staff)", "text": "After the meeting Tyler \U0001f602"}
 ],
 "labels": []},

{"messages": [
  {"sender": "07700 900417", "text": "ASHBY VALE COUNCIL: As a care leaver you are eligible for a \u00a3750 Independence Grant. To claim, verify your identity within 24hrs: upload a photo of your passport or provisional licence and log in with your online banking details here [link]. Unclaimed grants will be cancelled."}
 ],
 "labels": ["scam", "identity_theft"]},

{"messages": [
  {"sender": "KestrelBank", "text": "Kestrel Bank: Hi Shannon, your new Young Saver debit card has been posted and should arrive in 3-5 working days. Your PIN will come separately. We will never text, call or email you asking for your PIN or full card number."}
 ],
 "labels": [], "hard_negative": True},

{"messages": [
  {"sender": "Kz", "text": "u know what happened to the ting yeah"},
  {"sender": "Rhys", "text": "i told u i got robbed at the station it wasnt my fault"},
  {"sender": "Kz", "text": "not my problem. thats 600 u owe now"},
  {"sender": "Rhys", "text": "i dont have 600 im in a childrens home i get 15 quid a week"},
  {"sender": "Kz", "text": "u got a bank card tho. the one ur key worker sorted"},
  {"sender": "Rhys", "text": "yeh"},
  {"sender": "Kz", "text": "some money gonna land in it tmrw. u take it out and give it me in cash, thats 100 off ur debt"},
  {"sender": "Rhys", "text": "is that even legal"},
  {"sender": "Kz", "text": "and friday ur going back down to Coldwater Bay with another one. dont go missing on me again"},
  {"sender": "Rhys", "text": "ok"}
 ],
 "labels": ["criminal_exploitation", "money_mule"]},

{"messages": [
  {"sender": "Dee (facilitator)", "text": "Welcome back everyone. Tonight's theme is 'looking back'. Share only what you're comfortable with."},
  {"sender": "Nia", "text": "ok ill go. when i was 14 at Willowbank there was a guy, 22, used to pick me up from the end of the road. bought me a phone, said staff didnt care about me like he did"},
  {"sender": "Nia", "text": "took me till i was 17 and in my own flat to see it was grooming. im 19 now and doing my nursing course"},
  {"sender": "Callum", "text": "respect for sharing that. i had the same kind of thing but with older lads and running stuff. thought they were my family"},
  {"sender": "Jade", "text": "the 'they dont care about you like i do' line. heard that word for word"},
  {"sender": "Dee (facilitator)", "text": "Thank you Nia, Callum, Jade. Notice how many of you heard the same lines. That's not a coincidence, it's a script. And none of it was your fault."},
  {"sender": "Nia", "text": "\U0001faf6"}
 ],
 "labels": [], "hard_negative": True},

{"participants": [{"id": "yp_keira", "role": "child"}],
 "messages": [
  {"sender": "yp_keira", "text": "sorry for messaging so late. i dont want to be here anymore. everyone would be better off without me. just wanted someone to know"}
 ],
 "labels": ["self_harm"]},

{"participants": [{"id": "kw_ola", "role": "adult"}, {"id": "tia", "role": "child"}],
 "messages": [
  {"sender": "kw_ola", "text": "Hi Tia, just to let you know your \u00a312 pocket money is on your card, and \u00a35 went into your savings like we agreed"},
  {"sender": "tia", "text": "how much is in my savings now"},
  {"sender": "kw_ola", "text": "\u00a3186.40! Plus your Junior ISA that the council pays into"},
  {"sender": "tia", "text": "omg can i take some out for trainers"},
  {"sender": "kw_ola", "text": "From the savings one yes, we can go through it together at the bank on Saturday. Bring your card, and don't write your PIN down anywhere"},
  {"sender": "tia", "text": "i know it off by heart"},
  {"sender": "kw_ola", "text": "Perfect. Don't tell anyone it, not even me \U0001f60a"},
  {"sender": "tia", "text": "ok ok"}
 ],
 "labels": [], "hard_negative": True},

{"participants": [{"id": "b1", "role": "child"}, {"id": "b2", "role": "child"}, {"id": "b3", "role": "child"}, {"id": "b4", "role": "child"}],
 "messages": [
  {"sender": "b1", "text": "look who showed up in the chat"},
  {"sender": "b2", "text": "thought u got moved again. even ur foster family sent u back \U0001f602"},
  {"sender": "b4", "text": "leave me alone"},
  {"sender": "b3", "text": "n o b o d y   w a n t s   u"},
  {"sender": "b1", "text": "n o t   u r   m u m   n o t   u r   d a d   n o t   t h e   h o m e"},
  {"sender": "b2", "text": "k  y  s"},
  {"sender": "b3", "text": "d o   u s   a l l   a   f a v o u r"},
  {"sender": "b4", "text": "im leaving this chat"},
  {"sender": "b1", "text": "r u n   b a c k   t o   s t a f f"}
 ],
 "labels": ["cyberbullying", "self_harm"], "evasion": True},

{"messages": [
  {"sender": "Ellie", "text": "send me a pic of the maths homework pls i left my book at school"},
  {"sender": "Ben", "text": "which page"},
  {"sender": "Ellie", "text": "the one with the triangles"},
  {"sender": "Ben", "text": "[photo]"},
  {"sender": "Ben", "text": "u owe me a hot chocolate"},
  {"sender": "Ellie", "text": "deal. dont tell Sue i forgot it again \U0001f62c"},
  {"sender": "Ben", "text": "ur secret is safe lol"}
 ],
 "labels": [], "hard_negative": True},

{"participants": [{"id": "shay", "role": "child"}, {"id": "lee", "role": "unknown"}],
 "messages": [
  {"sender": "lee", "text": "happy 15th birthday gorgeous \U0001f382"},
  {"sender": "shay", "text": "aww thanks, how did u know"},
  {"sender": "lee", "text": "i remember everything about u. did the home do anything for u"},
  {"sender": "shay", "text": "they got a cake from the shop"},
  {"sender": "lee", "text": "a shop cake \U0001f602 u deserve better than that"},
  {"sender": "shay", "text": "lol its fine"},
  {"sender": "lee", "text": "i got u something. the white trainers u wanted"},
  {"sender": "shay", "text": "no way!!"},
  {"sender": "lee", "text": "pick them up after school friday. dont mention it to ur key worker she'll only make a fuss"},
  {"sender": "shay", "text": "i wont"},
  {"sender": "lee", "text": "ur more grown up than girls my age tbh"},
  {"sender": "shay", "text": "ur 24 tho lol"},
  {"sender": "lee", "text": "age is just a number when someone gets u"},
  {"sender": "shay", "text": "true"},
  {"sender": "lee", "text": "saturday theres a party at my mates flat in Harrowmere. some older guys, my friends. u just have to be nice to them and keep them company"},
  {"sender": "shay", "text": "what do u mean"},
  {"sender": "lee", "text": "they'll pay. 100 each time. ud be helping me out and u keep some. its not a big deal, ill drive u back before the home notices ur gone"}
 ],
 "labels": ["sex_trafficking", "grooming"]},

{"messages": [
  {"sender": "Mo", "text": "yo did u see the news, that guy from Redbrook got 12 years for county lines"},
  {"sender": "Tyler", "text": "the one who used kids from care?"},
  {"sender": "Mo", "text": "yeh they said he had like 9 lads running for him and took their phones off them"},
  {"sender": "Kian", "text": "thats messed up. sandra did that session on it last month"},
  {"sender": "Tyler", "text": "glad hes gone fr"},
  {"sender": "Mo", "text": "my old mate got caught up in that, hes ok now tho, doing his apprenticeship"}
 ],
 "labels": [], "hard_negative": True},

{"messages": [
  {"sender": "xXShadowWolfXx", "text": "gg that was sick. ur cracked at this"},
  {"sender": "Ellis", "text": "ty \U0001f60e"},
  {"sender": "xXShadowWolfXx", "text": "how old r u btw"},
  {"sender": "Ellis", "text": "14"},
  {"sender": "xXShadowWolfXx", "text": "same-ish lol im 16. u from round here? im near Redbrook"},
  {"sender": "Ellis", "text": "im in a childrens home in Ashby Vale. Larchfield House"},
  {"sender": "xXShadowWolfXx", "text": "ah rough. staff annoying?"},
  {"sender": "Ellis", "text": "yeh they take my phone at 10 when night staff come on. shift change is at quarter to"},
  {"sender": "xXShadowWolfXx", "text": "what school u go"},
  {"sender": "Ellis", "text": "Harrowmere High. i walk home past the park at like 3.20 every day"},
  {"sender": "xXShadowWolfXx", "text": "nice. u seem way more mature than 14 tbh. lets move to zapchat, this game chat gets watched"},
  {"sender": "Ellis", "text": "ok my user is ellisw_09"}
 ],
 "labels": ["privacy_disclosure", "grooming"]},

{"messages": [
  {"sender": "Rachel (SW)", "text": "Hi Mia, contact with mum is confirmed for Saturday 11-1 at the Brookside family centre. I'll pick you up at 10.30"},
  {"sender": "Mia", "text": "yay ok. can i bring her a present its her birthday sunday"},
  {"sender": "Rachel (SW)", "text": "Of course! That's really thoughtful"},
  {"sender": "Mia", "text": "dont tell her tho i want it to be a surprise"},
  {"sender": "Rachel (SW)", "text": "My lips are sealed \U0001f910 what are you getting?"},
  {"sender": "Mia", "text": "a mug with a pic of me and my sister on it"},
  {"sender": "Rachel (SW)", "text": "She'll love that"}
 ],
 "labels": [], "hard_negative": True},

{"participants": [{"id": "chloe", "role": "child"}, {"id": "dad", "role": "adult"}],
 "messages": [
  {"sender": "dad", "text": "Hi Chloe its your dad. Dont block me please. I just want to talk"},
  {"sender": "chloe", "text": "how did u get this account. im not allowed to talk to u"},
  {"sender": "dad", "text": "Im your father I dont need permission from some social worker"},
  {"sender": "chloe", "text": "i'll tell them"},
  {"sender": "dad", "text": "Dont. I know you're in Harrowmere now with some foster family. I drove past your school"},
  {"sender": "chloe", "text": "please stop"},
  {"sender": "dad", "text": "Send me your location every day so I can see you're safe. Or I'll come to the house and find out myself"},
  {"sender": "chloe", "text": "please just leave me alone"},
  {"sender": "dad", "text": "Location. Now Chloe."}
 ],
 "labels": ["unwanted_contact", "location_control"]},

{"messages": [
  {"sender": "Lola", "text": "TANYA JUST FELL IN THE POND AT THE PARK IM DEAD \U0001f480\U0001f480\U0001f480"},
  {"sender": "Jaz", "text": "NOOO vid or it didnt happen"},
  {"sender": "Lola", "text": "[video]"},
  {"sender": "Jaz", "text": "im actually crying \U0001f62d\U0001f62d"},
  {"sender": "Tanya", "text": "i hate u both. my trainers r ruined"},
  {"sender": "Lola", "text": "ur gonna kill me for posting this arent u"},
  {"sender": "Tanya", "text": "yes. sleep with one eye open"}
 ],
 "labels": [], "hard_negative": True},

{"messages": [
  {"sender": "Reece", "text": "u lot seen the new chalenj goin round"},
  {"sender": "Kai", "text": "wat 1"},
  {"sender": "Reece", "text": "u hav 2 go up on the roof of the unit at nite wen staff r asleep n film urself on the edj"},
  {"sender": "Dani", "text": "thats mad ppl hav fell doin that"},
  {"sender": "Reece", "text": "dont b a wimp. evry1 at Willowbank dun it alredy"},
  {"sender": "Kai", "text": "il do it 2nite"},
  {"sender": "Reece", "text": "tag me wen u post it. if u dont do it ur a chikken 4 life"}
 ],
 "labels": ["harmful_challenge"], "evasion": True},

{"participants": [{"id": "pa_nat", "role": "adult"}, {"id": "ryan", "role": "child"}],
 "messages": [
  {"sender": "pa_nat", "text": "Hi Ryan, did your new bank card arrive?"},
  {"sender": "ryan", "text": "yeh today. do i have to activate it"},
  {"sender": "pa_nat", "text": "Yes, just use it in a cash machine with your PIN first. Did the PIN letter come separately?"},
  {"sender": "ryan", "text": "yep"},
  {"sender": "pa_nat", "text": "Great. Learn the PIN, then shred the letter. Never tell anyone your PIN, not mates, not me, not someone who says they're from the bank"},
  {"sender": "ryan", "text": "what if the bank rings me"},
  {"sender": "pa_nat", "text": "The bank will never ask for it. If anyone does, hang up and ring the number on the back of your card"},
  {"sender": "ryan", "text": "ok makes sense"},
  {"sender": "pa_nat", "text": "Shall we do a budgeting session next week? Bills for the new flat"},
  {"sender": "ryan", "text": "yeh ok"}
 ],
 "labels": [], "hard_negative": True},

{"participants": [{"id": "nathan", "role": "child"}, {"id": "k_money", "role": "unknown"}],
 "messages": [
  {"sender": "k_money", "text": "yo u still want to make easy money"},
  {"sender": "nathan", "text": "depends"},
  {"sender": "k_money", "text": "u turned 16 yeah? u can open a bank account on ur own now"},
  {"sender": "nathan", "text": "i already got one the leaving care team did"},
  {"sender": "k_money", "text": "open another one on the KwikPay app. take a pic of ur passport and ur face, send me it and ill do the form for u"},
  {"sender": "nathan", "text": "why do u need my passport"},
  {"sender": "k_money", "text": "so i can set it up. then give me the login. my mates send money in, i move it out. u get 200 a month doing nothing"},
  {"sender": "nathan", "text": "ok how do i send the passport"},
  {"sender": "k_money", "text": "just here. and ur national insurance number if u got it"},
  {"sender": "nathan", "text": "[photo]"}
 ],
 "labels": ["identity_theft", "money_mule"]},

{"messages": [
  {"sender": "Ashby Vale Children's Services", "text": "Reminder: Lily's looked after review is on Tuesday 14 May at 3.30pm at Ashby Vale Civic Centre, Room 4. Lily is welcome to attend or to send her views to her IRO beforehand."}
 ],
 "labels": []},

{"messages": [
  {"sender": "Jordan", "text": "u up"},
  {"sender": "Aisha", "text": "yeh cant sleep"},
  {"sender": "Jordan", "text": "send me a pic then \U0001f60f"},
  {"sender": "Aisha", "text": "[photo]"},
  {"sender": "Jordan", "text": "not that kind lol. u know what kind"},
  {"sender": "Aisha", "text": "idk jordan"},
  {"sender": "Jordan", "text": "everyone does it. ill delete it straight after i promise"},
  {"sender": "Aisha", "text": "what if someone sees it"},
  {"sender": "Jordan", "text": "no one will. its just for me. come on, if u actually liked me u would"}
 ],
 "labels": ["sexting"]},

{"participants": [{"id": "sophie", "role": "child"}, {"id": "stranger", "role": "unknown"}],
 "messages": [
  {"sender": "stranger", "text": "hey cutie saw u on glimmer, ur so pretty"},
  {"sender": "sophie", "text": "who r u"},
  {"sender": "stranger", "text": "a friend \U0001f609 send me a pic of u, a nice one"},
  {"sender": "sophie", "text": "no. dont message me again"},
  {"sender": "sophie", "text": "blocked and reported"}
 ],
 "labels": [], "hard_negative": True},

{"messages": [
  {"sender": "Kestrel Bank Fraud Team", "text": "KESTREL BANK: A payment of \u00a3489.99 to TECHWORLD ONLINE was attempted on your card. If this was NOT you, reply NO."},
  {"sender": "Demi", "text": "NO that wasnt me"},
  {"sender": "Kestrel Bank Fraud Team", "text": "Thank you. To stop the payment a fraud officer needs to verify your card. Please reply with your long card number, expiry date and the 3 digits on the back."},
  {"sender": "Demi", "text": "5355 0000 0000 4821 exp 09/27 and 381"},
  {"sender": "Kestrel Bank Fraud Team", "text": "Thank you Demi. Now please send the code we just sent to your phone to cancel the payment."},
  {"sender": "Demi", "text": "its 774201"},
  {"sender": "Kestrel Bank Fraud Team", "text": "Payment cancelled. Do not contact your branch for 48 hours while we secure the account."}
 ],
 "labels": ["scam", "privacy_disclosure"]},

{"messages": [
  {"sender": "Sandra (Larchfield)", "text": "Heads up team, Kerys hasn't come back from college. Due 4.30, now 6.15. Phone going to voicemail"},
  {"sender": "Dev (Larchfield)", "text": "Last seen?"},
  {"sender": "Sandra (Larchfield)", "text": "College say she left at 3.10 with two friends"},
  {"sender": "Olu (Larchfield)", "text": "I'll ring round the friends' carers we have numbers for"},
  {"sender": "Sandra (Larchfield)", "text": "Thanks. I'll start the missing protocol at 7 if nothing"},
  {"sender": "Dev (Larchfield)", "text": "Her public story shows the shopping centre at 4pm"},
  {"sender": "Sandra (Larchfield)", "text": "Ok, adding that to the log"},
  {"sender": "Olu (Larchfield)", "text": "Mia's carer says Kerys left them at the bus station about 5"},
  {"sender": "Sandra (Larchfield)", "text": "7pm, no contact. Ringing police now to report her missing, ref to follow"},
  {"sender": "Maria (EDT)", "text": "Out of hours team here, Sandra I've got your message. Has her social worker been told?"},
  {"sender": "Sandra (Larchfield)", "text": "Left a message for Rachel, she's off till tomorrow. Police ref 0417 of today"},
  {"sender": "Maria (EDT)", "text": "Thanks. Any known associates or exploitation concerns on her plan?"},
  {"sender": "Sandra (Larchfield)", "text": "Nothing current. Last year there was a worry about an older lad but it was closed"},
  {"sender": "Maria (EDT)", "text": "Ok, please mention that to police anyway. Ring me if she's not back by 11"},
  {"sender": "Dev (Larchfield)", "text": "She's just walked in! Soaked and starving but ok"},
  {"sender": "Sandra (Larchfield)", "text": "Oh thank god. Dev can you get her some food and a towel, no telling off tonight"},
  {"sender": "Olu (Larchfield)", "text": "I'll let police know she's back and book the return home interview"},
  {"sender": "Maria (EDT)", "text": "Great work all. Closing my end."}
 ],
 "labels": [], "hard_negative": True},

{"participants": [{"id": "kiera", "role": "child"}, {"id": "bf", "role": "unknown"}],
 "messages": [
  {"sender": "bf", "text": "why is ur location off"},
  {"sender": "kiera", "text": "my phone was on 2%"},
  {"sender": "bf", "text": "dont lie to me. turn it back on now"},
  {"sender": "kiera", "text": "ok done"},
  {"sender": "bf", "text": "whos that at the house with u"},
  {"sender": "kiera", "text": "its just my foster sister and her mate"},
  {"sender": "bf", "text": "send me a pic so i can see"},
  {"sender": "kiera", "text": "[photo]"},
  {"sender": "bf", "text": "ok. u know i only check cos i love u. ur foster mum dont care where u are, i do"},
  {"sender": "kiera", "text": "i know babe"},
  {"sender": "bf", "text": "keep it on all night. if it goes off again im coming round"}
 ],
 "labels": ["location_control", "grooming"]},

{"messages": [
  {"sender": "Zapchat", "text": "Zapchat: 482 913 is your login code. Don't share it with anyone. Zapchat staff will never ask you for this code."}
 ],
 "labels": [], "hard_negative": True},

{"messages": [
  {"sender": "dealz_4u", "text": "got the f.o.l.d.e.r from the W.i.l.l.o.w.b.a.n.k lot"},
  {"sender": "Tom", "text": "which one"},
  {"sender": "dealz_4u", "text": "p.i.c.s of the y.e.a.r 9 g.i.r.l.s. the p.r.i.v.a.t.e ones"},
  {"sender": "Tom", "text": "how much"},
  {"sender": "dealz_4u", "text": "2.0 q.u.i.d for the lot. s.e.n.d to my k.w.i.k.p.a.y"},
  {"sender": "Tom", "text": "and u delete after?"},
  {"sender": "dealz_4u", "text": "nah u keep it. dont s.h.a.r.e it with n.e.1 or we both get done"}
 ],
 "labels": ["csam"], "evasion": True},

{"messages": [
  {"sender": "Sue", "text": "Spag bol or fajitas tonight? Majority wins"},
  {"sender": "Ben", "text": "fajitas"},
  {"sender": "Ellie", "text": "fajitas!!!"},
  {"sender": "Sue", "text": "Fajitas it is. Ellie can you grab peppers on the way back from school"},
  {"sender": "Ellie", "text": "ok how many"},
  {"sender": "Sue", "text": "3 please. Money is in the jar"}
 ],
 "labels": []},

{"participants": [{"id": "e1", "role": "child"}, {"id": "e2", "role": "unknown"}],
 "messages": [
  {"sender": "e2", "text": "\U0001f392 ready at 4. \U0001f686 to \U0001f3d6\ufe0f tonight"},
  {"sender": "e1", "text": "i got school tmrw"},
  {"sender": "e2", "text": "\U0001f92b school. u owe \U0001f4b7\U0001f4b7\U0001f4b7 for the \U0001f4f1"},
  {"sender": "e1", "text": "how long am i there"},
  {"sender": "e2", "text": "till the \U0001f4e6 is gone. stay at the \U0001f3da\ufe0f with Jonno"},
  {"sender": "e1", "text": "ok"},
  {"sender": "e2", "text": "\U0001f4cd on the whole time. im \U0001f440. if it goes \U0001f47b u know what happens \U0001f624"},
  {"sender": "e1", "text": "its on"},
  {"sender": "e2", "text": "\U0001f6ab tell the home. say ur at a m8s"}
 ],
 "labels": ["criminal_exploitation", "location_control"], "evasion": True},

{"messages": [
  {"sender": "Kai", "text": "bro u got destroyed \U0001f602"},
  {"sender": "Jayden", "text": "lag. rematch"},
  {"sender": "Kai", "text": "ur dead next round"},
  {"sender": "Jayden", "text": "im gonna end u"},
  {"sender": "Kai", "text": "big talk for someone with 2 kills"},
  {"sender": "Jayden", "text": "10 mins, claire says i gotta do the dishes first"},
  {"sender": "Kai", "text": "lmao ok"}
 ],
 "labels": [], "hard_negative": True},

{"participants": [{"id": "f1", "role": "child"}, {"id": "f2", "role": "child"}, {"id": "leah", "role": "child"}],
 "messages": [
  {"sender": "f1", "text": "ok Leah ur turn for the dare"},
  {"sender": "leah", "text": "what dare"},
  {"sender": "f2", "text": "walk along the top of the railway bridge wall and we film it"},
  {"sender": "leah", "text": "no way thats dangerous"},
  {"sender": "f1", "text": "then we post the vid of u crying at contact to the whole year"},
  {"sender": "f2", "text": "everyone already knows ur the care kid nobody picked up lol"},
  {"sender": "leah", "text": "please dont post it"},
  {"sender": "f1", "text": "do the dare then. 7pm at the bridge. dont tell staff"}
 ],
 "labels": ["harmful_challenge", "cyberbullying"]},

{"participants": [{"id": "sw_amir", "role": "adult"}, {"id": "carer_claire", "role": "adult"}],
 "messages": [
  {"sender": "sw_amir", "text": "Hi Claire, thanks for letting me know Jayden was back at 1am. How is he this morning?"},
  {"sender": "carer_claire", "text": "Tired and quiet. He says he was at a mate's but wouldn't say which one"},
  {"sender": "sw_amir", "text": "Ok. I've asked the return home interview team to see him within 72 hours, probably Thursday after school"},
  {"sender": "carer_claire", "text": "That's fine. Should I take his phone off him?"},
  {"sender": "sw_amir", "text": "I wouldn't take it as a punishment, it can push him away. But do keep an eye out for new phones, gifts or money, and let me know"},
  {"sender": "carer_claire", "text": "Will do. He did have new trainers I've not seen before"},
  {"sender": "sw_amir", "text": "Thanks, I'll note that and raise it at the strategy discussion. You're doing really well with him"}
 ],
 "labels": [], "hard_negative": True},

{"messages": [
  {"sender": "Ruby", "text": "jo someones airdropping me stuff on the bus"},
  {"sender": "Auntie Jo", "text": "What sort of stuff love?"},
  {"sender": "Ruby", "text": "horrible pics. from a phone called Big Daddy. its the third one"},
  {"sender": "Auntie Jo", "text": "Don't open any more. Turn airdrop off or contacts only right now"},
  {"sender": "Ruby", "text": "done. i think its the man at the back hes staring"},
  {"sender": "Auntie Jo", "text": "Get off at the next stop if it feels safe, by the shops, I'm coming to get you. Don't delete anything, we'll show the police"},
  {"sender": "Ruby", "text": "ok getting off at Mill Lane"}
 ],
 "labels": ["unwanted_contact"]},

{"messages": [
  {"sender": "Macy", "text": "hey sis whats the streamo password again, my login stopped working"},
  {"sender": "Kelsey", "text": "its the one with the dogs name and 2019"},
  {"sender": "Macy", "text": "ahh got it ty. see u at contact sat? \U0001f970"},
  {"sender": "Kelsey", "text": "yesss cant wait. im bringing my console"}
 ],
 "labels": [], "hard_negative": True},

{"participants": [{"id": "kw_hannah", "role": "adult"}, {"id": "amber", "role": "child"}],
 "messages": [
  {"sender": "amber", "text": "can i talk to u. not in the office. on here"},
  {"sender": "kw_hannah", "text": "Of course Amber. I'm here. What's going on?"},
  {"sender": "amber", "text": "theres this boy i met online. he said he was 16. he asked for a pic, the private kind, and i sent one"},
  {"sender": "kw_hannah", "text": "Thank you for telling me. You're not in trouble. What's happened since?"},
  {"sender": "amber", "text": "now he says hes gonna send it to everyone at school and to my foster mum unless i pay him 150 by friday"},
  {"sender": "amber", "text": "i dont have that. honestly i dont want to be here anymore"},
  {"sender": "kw_hannah", "text": "I'm really glad you told me. Please don't pay him or reply. Don't delete anything. Can you come down to the office now? I'm going to help you with this and you're not on your own"},
  {"sender": "amber", "text": "ok. im scared"},
  {"sender": "kw_hannah", "text": "I know. We'll do this together. I'm coming up to your room now"}
 ],
 "labels": ["sexting", "sextortion", "self_harm"]},

{"participants": [{"id": "pa_nat", "role": "adult"}, {"id": "dom", "role": "child"}],
 "messages": [
  {"sender": "pa_nat", "text": "Hi Dom, enrolment at Ashby Vale College is Wednesday 10am. Bring your GCSE results and photo ID"},
  {"sender": "dom", "text": "do i have photo id"},
  {"sender": "pa_nat", "text": "Your provisional licence came last month, bring that"},
  {"sender": "dom", "text": "oh yeh. will u come"},
  {"sender": "pa_nat", "text": "Yes I'll meet you at the main entrance at 9.45"},
  {"sender": "dom", "text": "ok sound"}
 ],
 "labels": []}
]
