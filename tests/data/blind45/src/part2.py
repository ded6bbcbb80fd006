[
{"participants": [{"id": "aunt", "role": "adult"}, {"id": "darcey", "role": "child"}],
 "messages": [
  {"sender": "aunt", "text": "hey trouble, how was the Year 10 disco?"},
  {"sender": "darcey", "text": "it was ok"},
  {"sender": "aunt", "text": "just ok? you were so excited about your dress"},
  {"sender": "darcey", "text": "ya it was fine"},
  {"sender": "aunt", "text": "your mum says you've been in your room a lot. everything alright?"},
  {"sender": "darcey", "text": "just tired"},
  {"sender": "aunt", "text": "ok. offer's still open for pizza and a film at mine saturday"},
  {"sender": "darcey", "text": "cant saturday"},
  {"sender": "aunt", "text": "oh? something nice?"},
  {"sender": "darcey", "text": "sort of. idk"},
  {"sender": "aunt", "text": "you can always tell me stuff, you know that. no judgement"},
  {"sender": "darcey", "text": "can i ask u something and u wont tell mum"},
  {"sender": "aunt", "text": "if you're safe I'll keep it between us. if you're not, I'll help you. promise"},
  {"sender": "darcey", "text": "theres this guy Mikey, hes 20. he bought me the phone im using and loads of other stuff. i thought he was my boyfriend"},
  {"sender": "aunt", "text": "ok. thank you for telling me. what's happened?"},
  {"sender": "darcey", "text": "now he says i owe him £600 for it all and i have to go to his friends flat on saturday and be nice to them and they pay him. he says if i loved him i would"},
  {"sender": "darcey", "text": "he already took me there once and i didnt want to be there"},
  {"sender": "aunt", "text": "Darcey you've done nothing wrong. None of this is your fault. Are you safe right now?"},
  {"sender": "darcey", "text": "yeah im home"},
  {"sender": "aunt", "text": "I'm coming over now. Don't delete any messages from him. We'll sort this together x"}
 ],
 "labels": ["grooming", "sex_trafficking"]},

{"participants": [{"id": "worker", "role": "adult"}, {"id": "kayla", "role": "child"}],
 "messages": [
  {"sender": "kayla", "text": "can i talk to u about something at youth club"},
  {"sender": "worker", "text": "Of course Kayla. Is everything ok?"},
  {"sender": "kayla", "text": "theres this man Dex who gave me a phone. at first he was really nice, bought me food and stuff and said i was mature"},
  {"sender": "kayla", "text": "now he put an app on it and he always knows where i am. if i go somewhere he doesnt like he rings me screaming"},
  {"sender": "worker", "text": "That sounds really frightening. Has he asked you to do anything for him?"},
  {"sender": "kayla", "text": "he makes me drop bags off at houses in Ashby Vale. he says i owe him for the phone"},
  {"sender": "worker", "text": "Thank you for telling me. You're not in trouble. Are you with him now?"},
  {"sender": "kayla", "text": "no im at home"},
  {"sender": "worker", "text": "Don't go to meet him. I'm going to speak to our safeguarding lead today and we'll work out together how to keep you safe."}
 ],
 "labels": ["grooming", "location_control", "criminal_exploitation"]},

{"participants": [{"id": "v", "role": "child"}, {"id": "x", "role": "unknown"}],
 "messages": [
  {"sender": "x", "text": "I hανε yουr ρics. Sεnd £300 οr thεy gο tο εvεryοnε αt yουr schοοl"},
  {"sender": "v", "text": "u promised u deleted them"},
  {"sender": "x", "text": "I liεd. Yου hανε υntil 9ρm. I αlrεαdy hανε yουr fοllοwεrs list"},
  {"sender": "v", "text": "i only have £40"},
  {"sender": "x", "text": "Τhεn sεnd 40 nοw αnd thε rεst tοmοrrοw. Τεll αnyοnε αnd I ροst thεm"}
 ],
 "labels": ["sextortion"],
 "evasion": True},

{"messages": [
  {"sender": "Harvey", "text": "lads look what Mia sent Kai last night 😂 [photo]"},
  {"sender": "Ollie", "text": "NO WAY she sent that"},
  {"sender": "Kai", "text": "bro i said keep it in this chat"},
  {"sender": "Harvey", "text": "too late its in the other group now"},
  {"sender": "Sam", "text": "send it me im saving it"},
  {"sender": "Ollie", "text": "someone send it to her sister lmao"},
  {"sender": "Mia", "text": "please delete it. please. i only sent it to Kai"},
  {"sender": "Harvey", "text": "should of thought about that then. everyones seen it now 😂"}
 ],
 "labels": ["csam", "cyberbullying"]},

{"messages": [
  {"sender": "LunaGlowBeauty_giveaway", "text": "🎉 YOU WON! 🎉 You're one of 5 winners of our phone + makeup bundle giveaway! Just pay £2.99 delivery at the link [link]"},
  {"sender": "Ruby", "text": "omg i actually won something"},
  {"sender": "LunaGlowBeauty_giveaway", "text": "Yes babe! Enter your name, address and card details to claim. Prize held for 30 mins only ⏰"},
  {"sender": "Ruby", "text": "is my mum's card ok?"},
  {"sender": "LunaGlowBeauty_giveaway", "text": "Any card is fine! Hurry 💕"}
 ],
 "labels": ["scam"]},

{"participants": [{"id": "evie", "role": "child"}, {"id": "mum", "role": "adult"}],
 "messages": [
  {"sender": "evie", "text": "mum someone's made a Glimmr account with my name and my photos"},
  {"sender": "mum", "text": "What? Show me"},
  {"sender": "evie", "text": "[photo] its called evie.hartley.real and its following everyone in my year"},
  {"sender": "evie", "text": "its posting stuff like its me saying horrible things about Jess and Amelia and now everyone hates me"},
  {"sender": "mum", "text": "Oh love. Do you know who it is?"},
  {"sender": "evie", "text": "i think its Tasha after we fell out. it used a pic only she had"},
  {"sender": "evie", "text": "people keep messaging me saying im a fake and a snake and i should leave school"},
  {"sender": "mum", "text": "Screenshot everything. We'll report it to Glimmr tonight and I'll ring school in the morning."}
 ],
 "labels": ["identity_theft", "cyberbullying"]},

{"messages": [
  {"sender": "bigmanT", "text": "yo u tryna get squared? easy bread"},
  {"sender": "Chantelle", "text": "wdym"},
  {"sender": "bigmanT", "text": "lend me ur card for a flip. i drop a bag in, u pull it at the hole in the wall, i bless u a pony"},
  {"sender": "Chantelle", "text": "a pony is 25 yeah"},
  {"sender": "bigmanT", "text": "yh. send me ur deets n the pin, keep it on the low"},
  {"sender": "Chantelle", "text": "bet. when u dropping it"}
 ],
 "labels": ["money_mule"],
 "evasion": True},

{"participants": [{"id": "c", "role": "child"}, {"id": "a", "role": "adult"}],
 "messages": [
  {"sender": "a", "text": "shift tonight. 4 drops round Kelsey Green then bring the cash back"},
  {"sender": "c", "text": "i've got school tmrw"},
  {"sender": "a", "text": "u'll be done by 10. keep ur location on so i know ur not mugging me off"},
  {"sender": "c", "text": "its on"},
  {"sender": "a", "text": "and the money from last night, put it through ur bank and send it to the account i gave u. ur card not mine"},
  {"sender": "c", "text": "my mum checks my app"},
  {"sender": "a", "text": "then delete the app. u work for me now. if u bail u know what happens to ur brother"},
  {"sender": "c", "text": "ok ill go"}
 ],
 "labels": ["criminal_exploitation", "location_control", "money_mule"]},

{"messages": [
  {"sender": "Kacey", "text": "cnt do ths nemore"},
  {"sender": "Leanne", "text": "wots up hun"},
  {"sender": "Kacey", "text": "evry1 h8s me at skl n mum dsnt care. i dnt wana b here nemore fr"},
  {"sender": "Leanne", "text": "dnt say that 😢 im here"},
  {"sender": "Kacey", "text": "wnt 2 go 2 sleep n nvr wake up tbh"},
  {"sender": "Leanne", "text": "pls tlk 2 me. im callin u now"}
 ],
 "labels": ["self_harm"],
 "evasion": True},

{"messages": [
  {"sender": "Jaz", "text": "ok dare for the group: walk along the top wall of the multistorey on level 6 and film it"},
  {"sender": "Tia M", "text": "thats literally 6 floors up"},
  {"sender": "Jaz", "text": "thats the point. Keisha's done it, Shannon's done it. ur next"},
  {"sender": "Tia M", "text": "i dont want to"},
  {"sender": "Keisha", "text": "omg ur so boring. no wonder nobody invites u anywhere"},
  {"sender": "Jaz", "text": "do it by sunday or ur out the group and everyone sees what u said about Shannon"}
 ],
 "labels": ["harmful_challenge", "cyberbullying"]},

{"messages": [
  {"sender": "Mark (Swapsy)", "text": "hi is the hair straightener still for sale? can i collect today"},
  {"sender": "Jess", "text": "yes!! im in after 4"},
  {"sender": "Mark (Swapsy)", "text": "whats the address"},
  {"sender": "Jess", "text": "14 Rowan Close, Brinkley. my mum and dad are at work till 7 so just knock and ill bring it down"},
  {"sender": "Mark (Swapsy)", "text": "great see u at 5. will you be on your own?"},
  {"sender": "Jess", "text": "yeah its fine lol"}
 ],
 "labels": ["privacy_disclosure"]},

{"participants": [{"id": "me", "role": "child"}, {"id": "them", "role": "unknown"}],
 "messages": [
  {"sender": "them", "text": "why did u block me on Glimmr?"},
  {"sender": "me", "text": "how did u even find this account"},
  {"sender": "them", "text": "made a new one. u cant just ignore me, i saw u at the Marlowe dance show"},
  {"sender": "me", "text": "i dont know you. leave me alone"},
  {"sender": "them", "text": "i just want to talk. i'll keep making accounts til u reply properly"},
  {"sender": "them", "text": "[photo]"},
  {"sender": "them", "text": "thats u outside the studio on tuesday. see, i'm not going anywhere"}
 ],
 "labels": ["unwanted_contact"]},

{"messages": [
  {"sender": "Marcus", "text": "so my offer stands. £500 allowance a month, dinners, shopping trips"},
  {"sender": "Destiny", "text": "what do i have to do for it"},
  {"sender": "Marcus", "text": "just be my special girl. a date every weekend. first one at the Harbourview Hotel, I'll get a room so we can relax"},
  {"sender": "Destiny", "text": "i'm only 16 is that ok"},
  {"sender": "Marcus", "text": "age is just a number sweetheart. you're more grown up than girls twice your age. don't mention me to your mum, she wouldn't understand what we have"},
  {"sender": "Destiny", "text": "ok"},
  {"sender": "Marcus", "text": "good girl. I'll send a taxi at 7 on friday and some money for a new outfit"}
 ],
 "labels": ["sex_trafficking", "grooming"]},

{"participants": [{"id": "ayesha", "role": "child"}, {"id": "agency", "role": "unknown"}],
 "messages": [
  {"sender": "agency", "text": "Hi Ayesha, Glam Route Influencer Agency here 💖 we'd love to sign you for paid brand collabs!"},
  {"sender": "ayesha", "text": "really?? how does it work"},
  {"sender": "agency", "text": "There's a one-off £49 onboarding fee for your media kit, then brands pay you direct. We just need your bank details for payouts and a photo of your passport to verify your age"},
  {"sender": "ayesha", "text": "ok. my account is Northgate Savings 20-48-17 61930274"},
  {"sender": "ayesha", "text": "[photo] thats my passport"},
  {"sender": "agency", "text": "Perfect! Now just pay the £49 at this link [link] and you're in 🌟"}
 ],
 "labels": ["scam", "identity_theft", "privacy_disclosure"]},

{"participants": [{"id": "c", "role": "child"}, {"id": "a", "role": "adult"}],
 "messages": [
  {"sender": "a", "text": "hows the sleepover going princess"},
  {"sender": "c", "text": "good we're watching a film"},
  {"sender": "a", "text": "you're such a good girl for keeping our chats secret. I got you that gift card like I promised"},
  {"sender": "c", "text": "thank u!!"},
  {"sender": "a", "text": "do me a favour. when your friends are getting changed into pjs take a few pics of them without them seeing. just for me"},
  {"sender": "c", "text": "why"},
  {"sender": "a", "text": "it's our little game. delete them off your phone after you send them. I'll put another £20 on your card"}
 ],
 "labels": ["csam", "grooming"]},

{"messages": [
  {"sender": "Z", "text": "🎒➡️🚂➡️🏖️ 2day. 📦 stays in ur bag"},
  {"sender": "Lacey", "text": "what time"},
  {"sender": "Z", "text": "⏰4. 📍 ON the whole time. 👀👀 i see ur dot"},
  {"sender": "Lacey", "text": "ok"},
  {"sender": "Z", "text": "📍❌ = 👊👊. 🤐 to ur mum"},
  {"sender": "Lacey", "text": "i said ok"}
 ],
 "labels": ["location_control", "criminal_exploitation"],
 "evasion": True},

{"messages": [
  {"sender": "PixieQueen", "text": "gg everyone 🎉"},
  {"sender": "nova_blade", "text": "gg"},
  {"sender": "Rex", "text": "gg ez"},
  {"sender": "PixieQueen", "text": "same time tmrw?"},
  {"sender": "nova_blade", "text": "prob, got homework tho"},
  {"sender": "Rex", "text": "Pixie u got carried again tbh"},
  {"sender": "PixieQueen", "text": "lol i healed u like 20 times"},
  {"sender": "Rex", "text": "and u died like 20 times"},
  {"sender": "nova_blade", "text": "lmao"},
  {"sender": "Rex", "text": "honestly we should kick her, girls cant play this"},
  {"sender": "Sk8rBoi", "text": "agree she's dead weight"},
  {"sender": "nova_blade", "text": "and she sounds so annoying on voice 🤢"},
  {"sender": "PixieQueen", "text": "wow ok"},
  {"sender": "Rex", "text": "nobody likes u pixie. we only let u in cos ur brother asked"},
  {"sender": "Sk8rBoi", "text": "go away forever nobody will notice"},
  {"sender": "nova_blade", "text": "fr no one wants u here"},
  {"sender": "PixieQueen", "text": "fine. maybe i should just disappear for real then. not just from this chat"},
  {"sender": "Rex", "text": "bye 👋"}
 ],
 "labels": ["cyberbullying", "self_harm"]},

{"participants": [{"id": "g", "role": "child"}, {"id": "b", "role": "child"}],
 "messages": [
  {"sender": "b", "text": "everyone in our year does it, its not a big deal"},
  {"sender": "g", "text": "i dont want to"},
  {"sender": "b", "text": "if u actually liked me u would. just one pic, the private kind"},
  {"sender": "g", "text": "what if someone sees"},
  {"sender": "b", "text": "no one will, its on Chatly it disappears"},
  {"sender": "b", "text": "Holly sent Ben one. ur being so immature"},
  {"sender": "g", "text": "fine. just one"}
 ],
 "labels": ["sexting"]},

{"messages": [
  {"sender": "Skyforge Support", "text": "Hi! Your a\u200bc\u200bc\u200bo\u200bu\u200bn\u200bt has been flagged and will be deleted in 24 hours."},
  {"sender": "Nadia", "text": "what?? i didnt do anything"},
  {"sender": "Skyforge Support", "text": "To keep your skins, verify now: reply with your email, p\u200ba\u200bs\u200bs\u200bw\u200bo\u200br\u200bd and the c\u200bo\u200bd\u200be we text you"},
  {"sender": "Nadia", "text": "nadz2010@mailo.example and the password is petalcat10"},
  {"sender": "Skyforge Support", "text": "Thanks. Now the 6-digit c\u200bo\u200bd\u200be please, quickly before your a\u200bc\u200bc\u200bo\u200bu\u200bn\u200bt is r\u200be\u200bm\u200bo\u200bv\u200be\u200bd"}
 ],
 "labels": ["scam", "identity_theft"],
 "evasion": True},

{"messages": [
  {"sender": "07700 900762", "text": "hey beautiful, saw u at the Elmfield bus stop in ur Oakmere uniform. got ur number off ur mate's story. add me on Chatly x"}
 ],
 "labels": ["unwanted_contact"]},

{"participants": [{"id": "shannon", "role": "child"}, {"id": "vince", "role": "adult"}],
 "messages": [
  {"sender": "vince", "text": "Hi Shannon, Vince from the phone case stall. you were asking about saturday work?"},
  {"sender": "shannon", "text": "yes! im 15 is that ok"},
  {"sender": "vince", "text": "course. 9-3 saturdays, £30 cash. you'd be brilliant on the stall"},
  {"sender": "shannon", "text": "amazing thank u"},
  {"sender": "vince", "text": "first day went great, customers loved u"},
  {"sender": "shannon", "text": "thank u i enjoyed it"},
  {"sender": "vince", "text": "Got a favour. Card machine's playing up, can customers pay into your bank and you draw it out for me? I'll give you a tenner extra"},
  {"sender": "shannon", "text": "um ok i think so. ill show u my card at the stall"},
  {"sender": "vince", "text": "good girl. next week there'll be a few bigger ones coming in, £1500 or so. you take it out over a few days and hand it to me"},
  {"sender": "shannon", "text": "thats a lot is that normal"},
  {"sender": "vince", "text": "it's the business. don't mention it to your mum, she'll only worry"},
  {"sender": "shannon", "text": "ok"},
  {"sender": "vince", "text": "also need you to take a bag to my mate in Caddon Bay on the bus after the stall. don't look in it"},
  {"sender": "shannon", "text": "i dont really want to, i think ill stop doing saturdays"},
  {"sender": "vince", "text": "you can't just stop. you've had £2000 through your account. if the police look it's you not me. you do the bag run or i tell them"},
  {"sender": "shannon", "text": "please i didnt know"},
  {"sender": "vince", "text": "bus at 4. don't be late"}
 ],
 "labels": ["money_mule", "criminal_exploitation"]},

{"participants": [{"id": "p1", "role": "child"}, {"id": "p2", "role": "child"}, {"id": "p3", "role": "child"}],
 "messages": [
  {"sender": "p1", "text": "pier jump saturday at high tide, whos in"},
  {"sender": "p2", "text": "its meant to be so dangerous, they put signs up"},
  {"sender": "p1", "text": "thats why its a challenge lol. 200k views on the one from Saltby"},
  {"sender": "p3", "text": "im in if everyone does it"},
  {"sender": "p1", "text": "ur not in the group pic unless u jump. and u have to go off the end rail"},
  {"sender": "p2", "text": "ok fine"}
 ],
 "labels": ["harmful_challenge"]},

{"messages": [
  {"sender": "Northlight Youth Theatre", "text": "Hi parents! Next Saturday's screen-acting workshop is 10am-1pm at the Guildhall. A DBS-checked chaperone will be with the under-16s throughout and parents are welcome to stay."},
  {"sender": "Sara (Ivy's mum)", "text": "Do they need to bring anything?"},
  {"sender": "Northlight Youth Theatre", "text": "Water, a packed lunch and comfy clothes. We'll film short scenes - footage is only shared with parents through the members' portal, never on social media."},
  {"sender": "Sara (Ivy's mum)", "text": "Brilliant thanks"}
 ],
 "labels": [],
 "hard_negative": True},

{"participants": [{"id": "brand", "role": "adult"}, {"id": "jo", "role": "adult"}],
 "messages": [
  {"sender": "brand", "text": "Hi Jo, it's Priya from Sunnybrook Bakes. We loved Hattie's baking videos! We'd like to send her our kids' decorating kit and pay £150 for one video. All contact through you of course."},
  {"sender": "jo", "text": "Hi Priya, sounds lovely. Can you send the contract to my email? Payment would go to my account, not hers."},
  {"sender": "brand", "text": "Of course, contract sent. It says Hattie keeps creative control and the video is posted from the family account you manage."},
  {"sender": "jo", "text": "Perfect, I'll read it through with her tonight."}
 ],
 "labels": [],
 "hard_negative": True},

{"participants": [{"id": "mum", "role": "adult"}, {"id": "kid", "role": "child"}],
 "messages": [
  {"sender": "mum", "text": "where are you love? it's getting dark"},
  {"sender": "kid", "text": "at the park with Esme and Ruby"},
  {"sender": "mum", "text": "can you share your location till you're home please"},
  {"sender": "kid", "text": "done 📍"},
  {"sender": "mum", "text": "thanks. home by 7 for tea"},
  {"sender": "kid", "text": "ok 👍"}
 ],
 "labels": [],
 "hard_negative": True},

{"participants": [{"id": "mum", "role": "adult"}, {"id": "kid", "role": "child"}],
 "messages": [
  {"sender": "mum", "text": "what's the password for the Streamy account? Dad's logged out on the telly"},
  {"sender": "kid", "text": "its the one with the dog's name and 22"},
  {"sender": "mum", "text": "Biscuit22?"},
  {"sender": "kid", "text": "capital B yeah"},
  {"sender": "mum", "text": "got it thanks x"}
 ],
 "labels": [],
 "hard_negative": True},

{"messages": [
  {"sender": "Parcelwise", "text": "Parcelwise: Your parcel from Petalle Beauty is out for delivery today between 13:00 and 15:00. No payment is needed. Track it in the Parcelwise app."}
 ],
 "labels": [],
 "hard_negative": True},

{"messages": [
  {"sender": "Chatly", "text": "Chatly: Your password was changed on 12 March. If this was you, no action is needed. If it wasn't, open the Chatly app and go to Settings > Security."}
 ],
 "labels": [],
 "hard_negative": True},

{"participants": [{"id": "nurse", "role": "adult"}, {"id": "mum", "role": "adult"}],
 "messages": [
  {"sender": "nurse", "text": "Hi Mrs Lowe, it's Ann, the school nurse at St Petra's. Nothing urgent - just letting you know Freya came to see me today about feeling dizzy in PE."},
  {"sender": "mum", "text": "Oh thank you. Is she ok?"},
  {"sender": "nurse", "text": "She's fine now. She mentioned she's been skipping breakfast before her early dance class, so I've given her some info on eating before exercise."},
  {"sender": "mum", "text": "She's always rushing. I'll get her some breakfast bars"},
  {"sender": "nurse", "text": "Good idea. If you ever have worries about her eating, I'm in on Tuesdays and Thursdays."}
 ],
 "labels": [],
 "hard_negative": True},

{"messages": [
  {"sender": "Maisie", "text": "did u see the news about that boy in Kingsport who got sextorted"},
  {"sender": "Lexi", "text": "yeah its so sad. they pretended to be a girl his age"},
  {"sender": "Maisie", "text": "my mum made me read the whole article lol"},
  {"sender": "Lexi", "text": "honestly if anyone ever threatened me like that id tell my mum straight away and not pay"},
  {"sender": "Maisie", "text": "same. the police bit said never pay, just report it and keep the messages"}
 ],
 "labels": [],
 "hard_negative": True},

{"messages": [
  {"sender": "Hollins Youth Hub - Dani", "text": "Hi all 👋 heads up: some accounts are messaging young people pretending to be modelling or influencer agencies. Real agencies never ask you to pay a fee, send photos privately, or meet without a parent."},
  {"sender": "Tayla", "text": "my cousin got one of them last week"},
  {"sender": "Hollins Youth Hub - Dani", "text": "If you get one, screenshot it, don't reply, and show me or a parent. We can report it together."},
  {"sender": "Kerys", "text": "ok thanks Dani"}
 ],
 "labels": [],
 "hard_negative": True},

{"participants": [{"id": "girl", "role": "child"}, {"id": "sis", "role": "adult"}],
 "messages": [
  {"sender": "girl", "text": "there's an account going round called scout.starlight.models messaging year 10 girls"},
  {"sender": "sis", "text": "has it messaged you?"},
  {"sender": "girl", "text": "no, it messaged Amy's friend. everyone's saying it's fake"},
  {"sender": "sis", "text": "report it then, and tell Amy to tell her friend not to reply"},
  {"sender": "girl", "text": "done, reported it as a fake account"}
 ],
 "labels": [],
 "hard_negative": True},

{"messages": [
  {"sender": "Clare (Swapsy)", "text": "Hi, I'd love the ballet shoes for my daughter. Could we meet somewhere to collect?"},
  {"sender": "Evie", "text": "Hi! My mum says we can meet at the Foodway car park in Brinkley on Saturday at 11. She'll be with me"},
  {"sender": "Clare (Swapsy)", "text": "Perfect. I'll pay through the app now so you don't need to handle cash."},
  {"sender": "Evie", "text": "Thank u! payment came through"}
 ],
 "labels": [],
 "hard_negative": True},

{"participants": [{"id": "g1", "role": "child"}, {"id": "g2", "role": "child"}, {"id": "g3", "role": "child"}],
 "messages": [
  {"sender": "g1", "text": "ur actually so bad at this 😂"},
  {"sender": "g2", "text": "excuse me i got 12 kills"},
  {"sender": "g3", "text": "and died 15 times"},
  {"sender": "g2", "text": "lag!! it was lag"},
  {"sender": "g1", "text": "uninstall fr 😂😂 jk u carried us tonight"},
  {"sender": "g3", "text": "rematch tmrw, loser buys the chips at break"}
 ],
 "labels": [],
 "hard_negative": True},

{"participants": [{"id": "dad", "role": "adult"}, {"id": "kid", "role": "child"}],
 "messages": [
  {"sender": "dad", "text": "sent your allowance, £15 this week plus £5 for helping in the garden"},
  {"sender": "kid", "text": "thanks dad!! 💕"},
  {"sender": "dad", "text": "don't spend it all on bubble tea"},
  {"sender": "kid", "text": "no promises"}
 ],
 "labels": [],
 "hard_negative": True},

{"messages": [
  {"sender": "Abbie", "text": "ok party at mine saturday!! mum says 8 people max"},
  {"sender": "Jas", "text": "yessss"},
  {"sender": "Niamh", "text": "what time"},
  {"sender": "Abbie", "text": "7-11, my dad's driving anyone who needs a lift after"},
  {"sender": "Jas", "text": "what r we wearing"},
  {"sender": "Niamh", "text": "[photo] this or"},
  {"sender": "Niamh", "text": "[photo] this"},
  {"sender": "Jas", "text": "first one 100% the colour suits u so much"},
  {"sender": "Abbie", "text": "agreed first one"},
  {"sender": "Keeley", "text": "DON'T say anything to Maddie about the cake, it's a surprise for her birthday"},
  {"sender": "Jas", "text": "🤐 secret safe"},
  {"sender": "Niamh", "text": "omg im dead i just told my mum it was a 'small gathering' 😂"},
  {"sender": "Abbie", "text": "it literally is"},
  {"sender": "Keeley", "text": "can everyone share location when they leave so we know everyone got home"},
  {"sender": "Abbie", "text": "yes my mum said the same"},
  {"sender": "Jas", "text": "ok will do"},
  {"sender": "Niamh", "text": "bringing my speaker. someone make a playlist"},
  {"sender": "Keeley", "text": "on it 🎶"}
 ],
 "labels": [],
 "hard_negative": True},

{"messages": [
  {"sender": "Nan", "text": "Here's the flapjack recipe you wanted: 250g oats, 125g butter, 125g sugar, 3 tbsp golden syrup. 180 degrees for 20 mins."},
  {"sender": "Grace", "text": "thank u nan!! making them tonight"},
  {"sender": "Nan", "text": "Send me a picture when they're done x"}
 ],
 "labels": [],
 "hard_negative": True},

{"messages": [
  {"sender": "Ruth", "text": "revision at the library tmrw 10?"},
  {"sender": "Chanel", "text": "yes i need to do bio"},
  {"sender": "Ruth", "text": "bring ur flashcards"},
  {"sender": "Chanel", "text": "ok"}
 ],
 "labels": []},

{"participants": [{"id": "kid", "role": "child"}, {"id": "dad", "role": "adult"}],
 "messages": [
  {"sender": "kid", "text": "dad what time is the last 12 bus"},
  {"sender": "dad", "text": "10:40 from the square, but I'll pick you up at 9:30 anyway"},
  {"sender": "kid", "text": "ok thanks"}
 ],
 "labels": []},

{"messages": [
  {"sender": "Aunt Bev", "text": "Happy 13th birthday Lottie!! Have the best day 🎂"},
  {"sender": "Lottie", "text": "thank you auntie bev!! 💕"},
  {"sender": "Aunt Bev", "text": "Card's in the post, don't spend it all at once!"}
 ],
 "labels": []}
]
