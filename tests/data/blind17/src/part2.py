[
{
 "messages": [
  {"sender": "Bigz", "text": "yo lil man u tryna make \U0001F4B7\U0001F4B7 this wknd"},
  {"sender": "reuben.t", "text": "doing what"},
  {"sender": "Bigz", "text": "just take a \U0001F392 from the \U0001F17F\ufe0f by the station to my bro in Cresswell. \U0001F686 there and back, ez"},
  {"sender": "reuben.t", "text": "whats in it"},
  {"sender": "Bigz", "text": "dont worry bout that. bit of \U0001F343 and \u2744\ufe0f, nothing mad. \U0001F46E dont stop kids in school uniform"},
  {"sender": "reuben.t", "text": "idk"},
  {"sender": "Bigz", "text": "\U0001F4AF a run. do a few and u can run ur own line"},
  {"sender": "Bigz", "text": "dont say nothing to no one tho \U0001F910"},
  {"sender": "reuben.t", "text": "ok when"}
 ],
 "labels": ["criminal_exploitation"],
 "evasion": True
},
{
 "participants": [{"id": "Harvey", "role": "child"}, {"id": "CreditKingz", "role": "unknown"}],
 "messages": [
  {"sender": "CreditKingz", "text": "hey, want to earn 500 Rift credits for helping me with something quick?"},
  {"sender": "Harvey", "text": "what"},
  {"sender": "CreditKingz", "text": "I've got a load of credits I need to move around so my account doesn't get flagged. I send them to you, you gift them on to my other account, you keep 500"},
  {"sender": "Harvey", "text": "ok i guess"},
  {"sender": "CreditKingz", "text": "easier if you give me your login and I'll do it all myself, you won't have to do anything"},
  {"sender": "Harvey", "text": "username harveyg11 password rovers2011"},
  {"sender": "CreditKingz", "text": "cheers. if you get an email saying someone logged in from another country just ignore it, that's me moving them"},
  {"sender": "CreditKingz", "text": "might do this every week if it goes smooth"}
 ],
 "labels": ["money_mule", "identity_theft"],
 "evasion": False
},
{
 "messages": [
  {"sender": "Tash", "text": "ok new dare for the group, whoever gets the best pic lying on the train tracks at Millbrook crossing wins"},
  {"sender": "Georgia", "text": "lol no"},
  {"sender": "Mo", "text": "the trains only come every 20 mins its fine"},
  {"sender": "Tash", "text": "has to be a proper pic not from the side"},
  {"sender": "Leah", "text": "people literally die doing that tash"},
  {"sender": "Tash", "text": "then dont be in the group leah \U0001F644 everyone else is doing it saturday"},
  {"sender": "Mo", "text": "im doing it, bringing a tripod"}
 ],
 "labels": ["harmful_challenge"],
 "evasion": False
},
{
 "participants": [{"id": "isla", "role": "child"}, {"id": "zara", "role": "unknown"}],
 "messages": [
  {"sender": "zara", "text": "hiii sorry random but I sent a code to your phone by accident, can u send it me? its 6 numbers"},
  {"sender": "isla", "text": "oh ok wait"},
  {"sender": "isla", "text": "it says its a WhatsApp code and not to share it?"},
  {"sender": "zara", "text": "ye its fine its for my account, I changed my number and it went to urs by mistake"},
  {"sender": "isla", "text": "ok 551 902"},
  {"sender": "zara", "text": "thanks babe. can u send the new one that just came too"},
  {"sender": "isla", "text": "why has my whatsapp just logged me out"},
  {"sender": "zara", "text": "dw about it \U0001F618"}
 ],
 "labels": ["identity_theft", "scam"],
 "evasion": False
},
{
 "participants": [{"id": "Chloe", "role": "child"}, {"id": "Dem", "role": "unknown"}],
 "messages": [
  {"sender": "Dem", "text": "u were fun at Kayleigh's party. my mates were asking about u"},
  {"sender": "Chloe", "text": "lol which ones"},
  {"sender": "Dem", "text": "the older lot, Ash and them. they're having a flat party Saturday. they'll give you £100 if you come and keep them company"},
  {"sender": "Chloe", "text": "why would they pay me"},
  {"sender": "Dem", "text": "they just like having pretty girls about, that's how it works. bring your mate Jade too, same deal"},
  {"sender": "Chloe", "text": "im only 15 tho"},
  {"sender": "Dem", "text": "no one cares about that. I'll pick you up from the end of your road at 10"}
 ],
 "labels": ["sex_trafficking"],
 "evasion": False
},
{
 "participants": [{"id": "Mia", "role": "child"}, {"id": "user_88213", "role": "unknown"}],
 "messages": [
  {"sender": "user_88213", "text": "[photo]"},
  {"sender": "Mia", "text": "what the hell who is this"},
  {"sender": "user_88213", "text": "you liked it. send one back"},
  {"sender": "Mia", "text": "I'm 13 you freak. blocking"},
  {"sender": "user_88213", "text": "[photo]"},
  {"sender": "user_88213", "text": "your turn. no one will know"}
 ],
 "labels": ["unwanted_contact", "sexting"],
 "evasion": False
},
{
 "participants": [{"id": "Grace", "role": "child"}, {"id": "Mark", "role": "unknown"}],
 "messages": [
  {"sender": "Mark", "text": "Did you get home ok? You never said."},
  {"sender": "Grace", "text": "yeah sorry phone died"},
  {"sender": "Mark", "text": "I was really worried. I can't sleep when I don't know you're safe."},
  {"sender": "Grace", "text": "aw sorry"},
  {"sender": "Mark", "text": "I've sent you a link to an app called Pinpal. Install it and share with me, then I'll always know you're safe."},
  {"sender": "Grace", "text": "my dad already has a tracking app on me lol"},
  {"sender": "Mark", "text": "This one is just between us though. Your dad doesn't need to know about it, he'd only worry about us being friends."},
  {"sender": "Grace", "text": "ok installed it"},
  {"sender": "Mark", "text": "Good girl. Keep it on all the time, even at school. I'll check in on you."}
 ],
 "labels": ["location_control", "grooming"],
 "evasion": False
},
{
 "messages": [
  {"sender": "heyitsjas", "text": "not sure if this is the right channel but"},
  {"sender": "heyitsjas", "text": "everyone would be better off without me. i keep thinking about ending it"},
  {"sender": "moth", "text": "hey jas im really glad you posted. are you safe right now?"},
  {"sender": "heyitsjas", "text": "i dont know. i just dont want to be here anymore"},
  {"sender": "moth", "text": "please talk to someone irl tonight, or Childline is free and you can chat to them online"},
  {"sender": "softboi", "text": "we care about you jas. can you message a grown up you trust"}
 ],
 "labels": ["self_harm"],
 "evasion": False
},
{
 "messages": [
  {"sender": "vaultkeeper", "text": "saw you in the school memes server. you're at Brookvale right?"},
  {"sender": "Kyle_W", "text": "ye why"},
  {"sender": "vaultkeeper", "text": "got a folder of Brookvale year 9 girls, edited ones, the private kind. £5 for the link"},
  {"sender": "Kyle_W", "text": "edited how"},
  {"sender": "vaultkeeper", "text": "ai'd, looks real. got a few from Parkfield too. if u got any pics of girls in ur year i can add, you get it free"},
  {"sender": "Kyle_W", "text": "nah thats weird"}
 ],
 "labels": ["csam"],
 "evasion": False
},
{
 "messages": [
  {"sender": "BeastModeKai", "text": "need 2 more for ranked squad, anyone"},
  {"sender": "lolaa_x", "text": "me!! add me on something that isnt this game its so laggy"},
  {"sender": "lolaa_x", "text": "o7 7oo nine oo 4 1 2"},
  {"sender": "SYSTEM", "text": "Message hidden: personal information detected."},
  {"sender": "lolaa_x", "text": "zero seven seven zero zero, nine zero zero, four one two"},
  {"sender": "lolaa_x", "text": "and snap is lola.h.2012, im at s@int @idans if anyone goes there lol"}
 ],
 "labels": ["privacy_disclosure"],
 "evasion": True
},
{
 "participants": [{"id": "Evie", "role": "child"}, {"id": "Tyler", "role": "child"}],
 "messages": [
  {"sender": "Evie", "text": "i think we should break up. im sorry"},
  {"sender": "Tyler", "text": "are u serious"},
  {"sender": "Evie", "text": "yeah. its not working"},
  {"sender": "Tyler", "text": "ok then. remember the pics u sent me in the summer"},
  {"sender": "Evie", "text": "you said you deleted them"},
  {"sender": "Tyler", "text": "i lied. u dump me and they go in the year 10 chat tonight"},
  {"sender": "Evie", "text": "please dont"},
  {"sender": "Tyler", "text": "then we're not breaking up are we. and ur coming to mine saturday"}
 ],
 "labels": ["sextortion"],
 "evasion": False
},
{
 "participants": [{"id": "Jayden", "role": "child"}, {"id": "Roach", "role": "unknown"}],
 "messages": [
  {"sender": "Roach", "text": "that phone u got off me wasnt free"},
  {"sender": "Jayden", "text": "u said it was a present"},
  {"sender": "Roach", "text": "nothing is free. u owe 400 now"},
  {"sender": "Jayden", "text": "i dont have 400"},
  {"sender": "Roach", "text": "then u work it off. couple of drops a week. and i need ur bank card"},
  {"sender": "Jayden", "text": "for what"},
  {"sender": "Roach", "text": "money goes in, u take it out at the cashpoint and give it me. easy"},
  {"sender": "Jayden", "text": "what if my mum sees"},
  {"sender": "Roach", "text": "then she finds out ur a dealer. ur choice"}
 ],
 "labels": ["criminal_exploitation", "money_mule"],
 "evasion": False
},
{
 "messages": [
  {"sender": "Ash", "text": "guess who just walked in \U0001F437\U0001F437\U0001F437"},
  {"sender": "Courtney", "text": "oink \U0001F416\U0001F602"},
  {"sender": "Liv", "text": "dani u shud try \U0001F957 for once"},
  {"sender": "Dani", "text": "can u stop"},
  {"sender": "Ash", "text": "n0b0dy w4nts u here tbh \U0001F6AE"},
  {"sender": "Courtney", "text": "ur s0 ug1y it hurts my \U0001F440"},
  {"sender": "Liv", "text": "\U0001F921\U0001F921\U0001F921"}
 ],
 "labels": ["cyberbullying"],
 "evasion": True
},
{
 "messages": [
  {"sender": "07700 900733", "text": "Hi! Earn £500 a week from home \U0001F4B7 Just receive payments into your bank account & forward them on. 16+ welcome, no experience needed. Reply YES to start & we'll send your first transfer today."}
 ],
 "labels": ["money_mule"],
 "evasion": False
},
{
 "messages": [
  {"sender": "07700 900219", "text": "Hollbrook Bank: a new payee 'J Morris' was added to your account at 09:14. If this was NOT you, verify your details immediately at [link] or your account will be suspended."}
 ],
 "labels": ["scam"],
 "evasion": False
},
{
 "participants": [{"id": "Nadia", "role": "child"}, {"id": "Dan", "role": "unknown"}],
 "messages": [
  {"sender": "Dan", "text": "Good luck in your dance show tonight, you'll be brilliant."},
  {"sender": "Nadia", "text": "thank youu so nervous"},
  {"sender": "Dan", "text": "Don't be. Remember what I said, you're more confident than you think."},
  {"sender": "Nadia", "text": "ur always so nice to me"},
  {"sender": "Dan", "text": "Because you deserve it. Most people don't appreciate you properly."},
  {"sender": "Nadia", "text": "\U0001F979"},
  {"sender": "Dan", "text": "Can I ask a favour? Would you send me a photo after, just for me. Not one for your story. A special one you'd only send someone you really trust."},
  {"sender": "Nadia", "text": "like what"},
  {"sender": "Dan", "text": "I think you know. There's no rush, only when you're ready. And this is just ours, so best not to mention it to your mum or your friends."}
 ],
 "labels": ["grooming", "sexting"],
 "evasion": False
},
{
 "messages": [
  {"sender": "kayla_kiss09", "text": "[photo]"},
  {"sender": "kayla_kiss09", "text": "r\u0435c\u043egn\u0456s\u0435 th\u0456s? \u0455cr\u0435\u0435nsh\u043ett\u0435d \u0435v\u0435ryth\u0456ng"},
  {"sender": "owen.p", "text": "delete that"},
  {"sender": "kayla_kiss09", "text": "\u0440\u0430y \u00a3120 \u0456n g\u0456ft c\u0430rds \u043er \u0456t g\u043e\u0435s t\u043e y\u03bfur m\u03bfm \u0430nd \u0430ll y\u03bfur f\u043ell\u043ew\u0435rs"},
  {"sender": "owen.p", "text": "i dont have that"},
  {"sender": "kayla_kiss09", "text": "1 h\u03bfur. d\u03bfnt t\u0435ll \u0430ny\u03bfn\u0435"}
 ],
 "labels": ["sextortion"],
 "evasion": True
},
{
 "messages": [
  {"sender": "Kez", "text": "ok d4re of the w33k \U0001F608"},
  {"sender": "Billie", "text": "go"},
  {"sender": "Kez", "text": "y0u h4ve to n1ck sumthing from the Co-op on Brook St w/out p4ying & f1lm it \U0001F3A5\U0001F6D2"},
  {"sender": "Rio", "text": "lol whos first"},
  {"sender": "Kez", "text": "l0ser does it tw1ce + sh0ves a tr0lley into the r0ad \U0001F6D2\u27A1\ufe0f\U0001F697"},
  {"sender": "Billie", "text": "ur mad"},
  {"sender": "Kez", "text": "dnt be a w1mp billie, ur in or ur out"}
 ],
 "labels": ["harmful_challenge"],
 "evasion": True
},
{
 "participants": [{"id": "Callum", "role": "child"}, {"id": "Steve", "role": "adult"}],
 "messages": [
  {"sender": "Steve", "text": "Alright Callum, good game Saturday, you were unlucky with that penalty."},
  {"sender": "Callum", "text": "cheers, ref was blind lol"},
  {"sender": "Steve", "text": "Ha, always is. How are the new boots?"},
  {"sender": "Callum", "text": "class, thanks again for them"},
  {"sender": "Steve", "text": "No bother at all. You've got more about you than half that team. Are you doing the summer camp?"},
  {"sender": "Callum", "text": "mum says its too expensive"},
  {"sender": "Steve", "text": "Leave that with me, we'll sort something."},
  {"sender": "Steve", "text": "Quick favour though. My nephew's poorly and I'm stuck at work. Could you drop a parcel to a mate of mine in Cresswell after school? £50 for your trouble."},
  {"sender": "Callum", "text": "what is it"},
  {"sender": "Steve", "text": "Just some bits he's waiting on. Best not to open it, it's all wrapped. Get the 42 bus and he'll meet you outside the shop."},
  {"sender": "Callum", "text": "ok"},
  {"sender": "Steve", "text": "Good lad. Probably easier not to tell your mum, she'll only ask why you're out that way. Might have a few more jobs for you if this goes well."}
 ],
 "labels": ["criminal_exploitation", "grooming"],
 "evasion": False
},
{
 "participants": [{"id": "Zain", "role": "child"}, {"id": "BV_Payouts", "role": "unknown"}],
 "messages": [
  {"sender": "BV_Payouts", "text": "Hi Zain! Your game 'Tower Rush' has qualified for the Creator Payout Programme \U0001F4B0"},
  {"sender": "Zain", "text": "wait fr? how much"},
  {"sender": "BV_Payouts", "text": "£250 this month. To release it we need to verify your identity, as required by law."},
  {"sender": "Zain", "text": "how"},
  {"sender": "BV_Payouts", "text": "Send a photo of your passport, or a parent's driving licence front and back, and a selfie of you holding it."},
  {"sender": "Zain", "text": "i can use my dads licence i think its in his wallet"},
  {"sender": "BV_Payouts", "text": "Perfect. Please also send your date of birth so we can set up the payout card."},
  {"sender": "Zain", "text": "[photo]"}
 ],
 "labels": ["identity_theft", "scam"],
 "evasion": False
},
{
 "messages": [
  {"sender": "Maxx", "text": "yo ollie check ur dms from 'ollie.t.real' lmaooo"},
  {"sender": "Ollie_T", "text": "what is that"},
  {"sender": "Maxx", "text": "we made u a new snap. ur face, ur name. its been messaging Sienna telling her u love her \U0001F602\U0001F602"},
  {"sender": "Reece", "text": "it also told Mr Grant he smells \U0001F480 as u"},
  {"sender": "Ollie_T", "text": "delete it now im serious"},
  {"sender": "Maxx", "text": "nah its funnier if u beg"},
  {"sender": "Reece", "text": "we'll post ur 'love letter' on the year story tmrw"}
 ],
 "labels": ["identity_theft", "cyberbullying"],
 "evasion": False
},
{
 "participants": [{"id": "Holly", "role": "child"}, {"id": "07700 900481", "role": "unknown"}],
 "messages": [
  {"sender": "07700 900481", "text": "Hi Holly, it's Dave from the park earlier \U0001F60A nice to meet you"},
  {"sender": "Holly", "text": "how did you get my number"},
  {"sender": "07700 900481", "text": "your friend gave it me. you looked bored, thought you'd want someone to chat to"},
  {"sender": "Holly", "text": "I dont know you. please dont text me"},
  {"sender": "07700 900481", "text": "don't be like that"},
  {"sender": "07700 900481", "text": "?"},
  {"sender": "07700 900481", "text": "saw you again outside the shop just now"},
  {"sender": "Holly", "text": "stop texting me"},
  {"sender": "07700 900481", "text": "I just want to be friends. I'll be at the park again tomorrow"}
 ],
 "labels": ["unwanted_contact"],
 "evasion": False
},
{
 "participants": [{"id": "MrBrennan", "role": "adult"}, {"id": "Tilly", "role": "child"}, {"id": "Harry", "role": "child"}],
 "messages": [
  {"sender": "MrBrennan", "text": "Reminder for 9B: tomorrow's PSHE lesson is on online grooming and sextortion. We'll look at warning signs like someone asking you to keep secrets, move to a private app or send pictures."},
  {"sender": "Tilly", "text": "will we get homework sir"},
  {"sender": "MrBrennan", "text": "No homework. If anything in the lesson worries you, you can speak to me or Mrs Hale (our DSL) afterwards."},
  {"sender": "Harry", "text": "is it the one with the video"},
  {"sender": "MrBrennan", "text": "Yes, the 'Jess's story' video. See you tomorrow."}
 ],
 "labels": [],
 "evasion": False
},
{
 "messages": [
  {"sender": "Mrs Ferris (Textiles)", "text": "Hi Year 10! We need models for the charity fashion show on 3rd May to wear the GCSE textiles designs. Rehearsal is Tuesday lunchtime in the hall."},
  {"sender": "Precious", "text": "can i model miss"},
  {"sender": "Mrs Ferris (Textiles)", "text": "Of course! Permission slips are on the table outside T2. Parents are welcome to watch, tickets are £2 and it all goes to the charity."},
  {"sender": "Lola", "text": "do we get paid in cake lol"},
  {"sender": "Mrs Ferris (Textiles)", "text": "There may well be cake."}
 ],
 "labels": [],
 "evasion": False
},
{
 "participants": [{"id": "Sid", "role": "child"}, {"id": "SwapsyBuyer", "role": "unknown"}],
 "messages": [
  {"sender": "SwapsyBuyer", "text": "Hi, are the size 7 trainers still available?"},
  {"sender": "Sid", "text": "yes, worn twice"},
  {"sender": "SwapsyBuyer", "text": "Great. Would you take £30?"},
  {"sender": "Sid", "text": "£35 and theyre yours"},
  {"sender": "SwapsyBuyer", "text": "Deal. Where's good to collect?"},
  {"sender": "Sid", "text": "my dad says we can meet at the Tesco car park on Brook St saturday at 11, he'll be with me"},
  {"sender": "SwapsyBuyer", "text": "Perfect, I'll bring cash. See you both then."}
 ],
 "labels": [],
 "evasion": False
},
{
 "messages": [
  {"sender": "Ellis", "text": "whats the password for the history padlet, i missed it"},
  {"sender": "Rosie", "text": "Miss said its on the board: tudors9C"},
  {"sender": "Dev", "text": "thats so insecure lol"},
  {"sender": "Ellis", "text": "thanks. what do we have to post"},
  {"sender": "Rosie", "text": "one fact about henry viii with a picture"}
 ],
 "labels": [],
 "evasion": False
},
{
 "participants": [{"id": "Bea", "role": "child"}, {"id": "Hana", "role": "child"}],
 "messages": [
  {"sender": "Bea", "text": "send me a pic of the dress!!! i need to see"},
  {"sender": "Hana", "text": "ok dont judge [photo]"},
  {"sender": "Bea", "text": "HANA ITS GORGEOUS \U0001F60D"},
  {"sender": "Hana", "text": "delete it after tho i dont want my mum seeing it before the day lol"},
  {"sender": "Bea", "text": "ur mum is gonna cry"},
  {"sender": "Hana", "text": "ikr. keep it secret till prom"}
 ],
 "labels": [],
 "evasion": False
},
{
 "participants": [{"id": "Gemma_youthworker", "role": "adult"}, {"id": "Shay", "role": "child"}, {"id": "Noor", "role": "child"}],
 "messages": [
  {"sender": "Gemma_youthworker", "text": "Hi all, reminder that Friday's youth club trip to Alton Quays leaves from the centre at 9am sharp. Permission slips and £5 to me by Wednesday please."},
  {"sender": "Shay", "text": "do we need packed lunch"},
  {"sender": "Gemma_youthworker", "text": "Yes please, or money for the cafe. We'll be back for 5pm and parents can pick up from the centre."},
  {"sender": "Noor", "text": "can my cousin come"},
  {"sender": "Gemma_youthworker", "text": "Only if she's a club member, sorry Noor! Ask her to sign up on Tuesday."}
 ],
 "labels": [],
 "evasion": False
},
{
 "participants": [{"id": "Dad", "role": "adult"}, {"id": "Freddie", "role": "child"}],
 "messages": [
  {"sender": "Dad", "text": "I can see on Find My you're at the park. All ok?"},
  {"sender": "Freddie", "text": "yeah with Sam and Josh playing footy"},
  {"sender": "Dad", "text": "Ok. Home by 8 please, it's a school night."},
  {"sender": "Freddie", "text": "can i stay til half 8"},
  {"sender": "Dad", "text": "8. And take your coat, it's getting cold."},
  {"sender": "Freddie", "text": "fine \U0001F644"}
 ],
 "labels": [],
 "evasion": False
},
{
 "messages": [
  {"sender": "Mum", "text": "Kez, Auntie Jo needs a Saturday helper at the dog grooming salon. £20 for the morning, interested?"},
  {"sender": "Kezia", "text": "omg yes i love dogs"},
  {"sender": "Mum", "text": "She said you'd mostly be washing towels and holding the nervous ones. 9 till 12."},
  {"sender": "Kezia", "text": "do i get to groom any"},
  {"sender": "Mum", "text": "Maybe a spaniel if you're good \U0001F602"}
 ],
 "labels": [],
 "evasion": False
},
{
 "messages": [
  {"sender": "dragonboy77", "text": "ill trade my neon dragon for ur 2 unicorns"},
  {"sender": "PetQueen", "text": "add the golden egg and deal"},
  {"sender": "dragonboy77", "text": "ok fine"},
  {"sender": "PetQueen", "text": "send a trade request, use the proper trade window not the drop trick"},
  {"sender": "dragonboy77", "text": "sent"},
  {"sender": "PetQueen", "text": "accepted \U0001F409 ty"}
 ],
 "labels": [],
 "evasion": False
},
{
 "participants": [{"id": "Aisha", "role": "child"}, {"id": "Mei", "role": "child"}],
 "messages": [
  {"sender": "Aisha", "text": "ok so im getting ella the hoodie from Frostbite for her bday"},
  {"sender": "Mei", "text": "omg she'll love it"},
  {"sender": "Aisha", "text": "chip in £10?"},
  {"sender": "Mei", "text": "yes sending now"},
  {"sender": "Aisha", "text": "delete this chat after, she goes through my phone lol"},
  {"sender": "Mei", "text": "our secret \U0001F92B"}
 ],
 "labels": [],
 "evasion": False
},
{
 "participants": [{"id": "MrHughes_tutor", "role": "adult"}, {"id": "Rania", "role": "child"}],
 "messages": [
  {"sender": "MrHughes_tutor", "text": "Well done on the mock, Rania, a 7 is a big jump from last time."},
  {"sender": "Rania", "text": "thank youuu i was so nervous"},
  {"sender": "MrHughes_tutor", "text": "You should be proud. Same time Thursday at 4? Your mum's already booked it."},
  {"sender": "Rania", "text": "yes"},
  {"sender": "MrHughes_tutor", "text": "Great. Bring your past paper from question 5 onwards and we'll go through it."}
 ],
 "labels": [],
 "evasion": False
},
{
 "messages": [
  {"sender": "Lexi", "text": "new number guys, old phone got smashed. save it: 07700 900318"},
  {"sender": "Omar", "text": "saved"},
  {"sender": "Jodie", "text": "rip ur old phone"},
  {"sender": "Lexi", "text": "screen was literally in pieces \U0001F62D"},
  {"sender": "Omar", "text": "add me back on snap too"}
 ],
 "labels": [],
 "evasion": False
},
{
 "participants": [{"id": "Ayaan", "role": "child"}, {"id": "Bex", "role": "child"}],
 "messages": [
  {"sender": "Ayaan", "text": "just got a text saying my parcel was held and i had to pay £1.45 lol"},
  {"sender": "Bex", "text": "same!! i havent even ordered anything"},
  {"sender": "Ayaan", "text": "obvious scam, the link was like parcelwise-pay-now something"},
  {"sender": "Bex", "text": "my dad said forward it to the spam number then delete it"},
  {"sender": "Ayaan", "text": "did that. blocked"}
 ],
 "labels": [],
 "evasion": False
},
{
 "participants": [{"id": "Mum", "role": "adult"}, {"id": "Eva", "role": "child"}],
 "messages": [
  {"sender": "Mum", "text": "Eva, if you ever get a message from a new number saying 'Hi love it's me, I've lost my phone' and asking for money, it's not me. Ring me first."},
  {"sender": "Eva", "text": "ok why"},
  {"sender": "Mum", "text": "Nana nearly got caught by one today. They asked her to transfer £400."},
  {"sender": "Eva", "text": "omg is she ok"},
  {"sender": "Mum", "text": "She's fine, she rang me first. Just be careful."}
 ],
 "labels": [],
 "evasion": False
},
{
 "messages": [
  {"sender": "Kieron", "text": "bro i just smashed my mums vase playing footy in the hall"},
  {"sender": "Fin", "text": "\U0001F480\U0001F480\U0001F480"},
  {"sender": "Kieron", "text": "im so dead. shes gonna kill me"},
  {"sender": "Fin", "text": "superglue?"},
  {"sender": "Kieron", "text": "its in like 40 pieces"},
  {"sender": "Fin", "text": "rip kieron, it was nice knowing u"}
 ],
 "labels": [],
 "evasion": False
},
{
 "messages": [
  {"sender": "Maisie", "text": "u owe me £5 for the cinema btw"},
  {"sender": "Tara", "text": "i know i know"},
  {"sender": "Maisie", "text": "pay me back or else \U0001F624"},
  {"sender": "Tara", "text": "or else what lol"},
  {"sender": "Maisie", "text": "or else u have to buy the popcorn next time"},
  {"sender": "Tara", "text": "sending it now on the bank app"},
  {"sender": "Maisie", "text": "got it ty x"}
 ],
 "labels": [],
 "evasion": False
},
{
 "participants": [{"id": "Mum", "role": "adult"}, {"id": "Arlo", "role": "child"}],
 "messages": [
  {"sender": "Mum", "text": "Arlo can you drop a parcel at Nana's on your way home? It's on the side by the door"},
  {"sender": "Arlo", "text": "what is it"},
  {"sender": "Mum", "text": "Her birthday present. Don't open it and don't tell her it's from me and Auntie Kay, it's a surprise"},
  {"sender": "Arlo", "text": "ok"},
  {"sender": "Mum", "text": "Thanks love. Text me when you're there and I'll ring her."}
 ],
 "labels": [],
 "evasion": False
},
{
 "participants": [{"id": "Dad", "role": "adult"}, {"id": "Nell", "role": "child"}],
 "messages": [
  {"sender": "Dad", "text": "I've sent £10 to your new Kestrel account to test it. Has it come through?"},
  {"sender": "Nell", "text": "yes!! \U0001F911"},
  {"sender": "Dad", "text": "Good. Remember never give your card details or PIN to anyone, even if they say they're from the bank."},
  {"sender": "Nell", "text": "i know dad"},
  {"sender": "Dad", "text": "And your pocket money will go in every Friday from now on."}
 ],
 "labels": [],
 "evasion": False
},
{
 "messages": [
  {"sender": "Imani", "text": "omw to town, turn ur snap map on so i can find u"},
  {"sender": "Rosa", "text": "its on. we're outside Frostbite"},
  {"sender": "Beth", "text": "i can see u on the map lol im by the fountain"},
  {"sender": "Imani", "text": "coming \U0001F3C3\u200d\u2640\ufe0f"},
  {"sender": "Rosa", "text": "ghost mode back on after btw my mum says"}
 ],
 "labels": [],
 "evasion": False
},
{
 "messages": [
  {"sender": "ParkfieldAcademy", "text": "Parkfield Academy: The school will be closed tomorrow (Thursday) due to snow. Work will be set on the learning platform by 9:30am. Please check the website for updates."}
 ],
 "labels": [],
 "evasion": False
}
]
