[
# ---------------------------------------------------------------- P1-01 grooming: building-game "mentor", gems, secrecy, private app
{
  "participants": [{"id": "rexx_builds", "role": "unknown"}, {"id": "alfie_b", "role": "child"}],
  "messages": [
    {"sender": "rexx_builds", "text": "gg that castle build was actually insane"},
    {"sender": "alfie_b", "text": "thanks lol took me ages"},
    {"sender": "rexx_builds", "text": "u should join my build server, we do comps every saturday"},
    {"sender": "alfie_b", "text": "ok whats it called"},
    {"sender": "rexx_builds", "text": "Skyforge. ill send u an invite. u on ipad or pc?"},
    {"sender": "alfie_b", "text": "ipad its my mums old one"},
    {"sender": "rexx_builds", "text": "nice. been playing 6 years so if u ever need help with redstone just ask me"},
    {"sender": "alfie_b", "text": "ok cool"},
    {"sender": "rexx_builds", "text": "yo alfie u on?"},
    {"sender": "alfie_b", "text": "ye just got back from school"},
    {"sender": "rexx_builds", "text": "how was it"},
    {"sender": "alfie_b", "text": "boring we had double science"},
    {"sender": "rexx_builds", "text": "lol what year r u in"},
    {"sender": "alfie_b", "text": "year 7"},
    {"sender": "rexx_builds", "text": "so 11 or 12? ur honestly better than most of the grown ups on my server"},
    {"sender": "alfie_b", "text": "12 in march"},
    {"sender": "rexx_builds", "text": "ur really mature for ur age tho, u dont act like a kid at all"},
    {"sender": "alfie_b", "text": "haha thanks"},
    {"sender": "rexx_builds", "text": "sent u 800 gems for the comp btw, dont need to pay me back"},
    {"sender": "alfie_b", "text": "wait really?? thank u so much"},
    {"sender": "rexx_builds", "text": "np. just dont tell the others i gave u them or theyll all want some lol. our secret"},
    {"sender": "alfie_b", "text": "ok i wont"},
    {"sender": "rexx_builds", "text": "chat on here is so laggy. u got Whisperly? way easier to talk on there"},
    {"sender": "alfie_b", "text": "no my mum checks my apps"},
    {"sender": "rexx_builds", "text": "just put it in a folder, she wont notice. parents think everyone online is a weirdo, she wouldnt get it"},
    {"sender": "rexx_builds", "text": "and delete this chat after ok, mods here are strict about other apps"},
    {"sender": "alfie_b", "text": "ok ill try tonight"},
    {"sender": "rexx_builds", "text": "good lad. what time does ur mum go to bed? we can do a proper late build sesh just us two"}
  ],
  "labels": ["grooming"],
  "evasion": False
},
# ---------------------------------------------------------------- P1-02 grooming + sexting: "17 year old" boyfriend, slow build, private pic late
{
  "messages": [
    {"sender": "jay.k", "text": "hey u were in the comments on the dance vid, ur actually really good"},
    {"sender": "maddie", "text": "omg thank u i didnt think anyone watched it"},
    {"sender": "jay.k", "text": "nah it was sick. how long u been dancing"},
    {"sender": "maddie", "text": "since i was like 6. i do street at a studio in town"},
    {"sender": "jay.k", "text": "thats cool. im 17 btw, i do a bit of music production"},
    {"sender": "maddie", "text": "oh nice im 14"},
    {"sender": "jay.k", "text": "u seem older tbh. girls in my year are so fake, ur different"},
    {"sender": "maddie", "text": "lol thanks"},
    {"sender": "jay.k", "text": "morning maddie x have a good day at school"},
    {"sender": "maddie", "text": "morning! ugh maths first"},
    {"sender": "jay.k", "text": "u got this. message me at lunch?"},
    {"sender": "maddie", "text": "ok"},
    {"sender": "maddie", "text": "my friend abi said its weird ur 17 and talking to me"},
    {"sender": "jay.k", "text": "abi sounds jealous ngl. she doesnt know me. its only 3 years anyway, age is just a number"},
    {"sender": "jay.k", "text": "maybe dont tell her stuff about us, people always try and ruin good things"},
    {"sender": "maddie", "text": "yeah maybe"},
    {"sender": "jay.k", "text": "ur the only person i actually talk to properly. i think about u all the time"},
    {"sender": "maddie", "text": "aw same tbh"},
    {"sender": "jay.k", "text": "send me a pic of u rn"},
    {"sender": "maddie", "text": "[photo]"},
    {"sender": "jay.k", "text": "so pretty. now send me one of the private kind, just for me"},
    {"sender": "maddie", "text": "idk im not sure"},
    {"sender": "jay.k", "text": "it deletes after u open it anyway. if u trusted me u would. dont make me feel like im wasting my time"}
  ],
  "labels": ["grooming", "sexting"],
  "evasion": False
},
# ---------------------------------------------------------------- P1-03 sexting + sextortion: fake girl, pay or pics to friends
{
  "participants": [{"id": "lily_xo", "role": "unknown"}, {"id": "ethan_r", "role": "child"}],
  "messages": [
    {"sender": "lily_xo", "text": "heyy u added me from quick add i think"},
    {"sender": "ethan_r", "text": "oh yeah hi"},
    {"sender": "lily_xo", "text": "u go harrowfield right? i think my cousin goes there"},
    {"sender": "ethan_r", "text": "ye year 10"},
    {"sender": "lily_xo", "text": "same year as me but im at a different school lol. u play football?"},
    {"sender": "ethan_r", "text": "yeah for Holm Lane u16s"},
    {"sender": "lily_xo", "text": "thought so u look sporty"},
    {"sender": "lily_xo", "text": "[photo] me at the beach last summer lol"},
    {"sender": "ethan_r", "text": "nice"},
    {"sender": "lily_xo", "text": "ur turn. something a bit more private tho ;) i showed u mine"},
    {"sender": "ethan_r", "text": "idk"},
    {"sender": "lily_xo", "text": "dont be boring, its snap it disappears"},
    {"sender": "ethan_r", "text": "[photo]"},
    {"sender": "lily_xo", "text": "screenshotted. now listen carefully"},
    {"sender": "lily_xo", "text": "i have ur followers list, ur team page and ur school. send £300 in the next hour or this goes to all of them and ur mum"},
    {"sender": "ethan_r", "text": "what?? please dont im 15 i dont have that"},
    {"sender": "lily_xo", "text": "then find it. gift cards are fine. 59 minutes"},
    {"sender": "ethan_r", "text": "i can do 40 maybe please just delete it"},
    {"sender": "lily_xo", "text": "40 is a joke. every minute u waste i add someone to the group chat. starting with ur coach"}
  ],
  "labels": ["sexting", "sextortion"],
  "evasion": False
},
# ---------------------------------------------------------------- P1-04 cyberbullying: class group chat pile-on, 6 senders, 2 harmful
{
  "messages": [
    {"sender": "Mia", "text": "does anyone know what the french homework is"},
    {"sender": "Tom", "text": "page 34 ex 2 and 3 i think"},
    {"sender": "Mia", "text": "ty"},
    {"sender": "Harvey", "text": "who's going to the match saturday"},
    {"sender": "Zara", "text": "me and my dad are"},
    {"sender": "Tom", "text": "cant got my nans"},
    {"sender": "Chloe", "text": "is PE outside tomorrow or in the hall"},
    {"sender": "Mia", "text": "outside i think, bring your coat"},
    {"sender": "Harvey", "text": "[photo]"},
    {"sender": "Harvey", "text": "LMAOOO chloe going flying in the hockey today"},
    {"sender": "Kelsey", "text": "i'm crying 😭😭 look at her face"},
    {"sender": "Chloe", "text": "can you delete that please"},
    {"sender": "Harvey", "text": "nah its too good, sending it to the year 8 chat as well"},
    {"sender": "Kelsey", "text": "honestly why are you even in this chat chloe no one added you on purpose"},
    {"sender": "Harvey", "text": "fr nobody wants you here. go sit with the year 7s"},
    {"sender": "Kelsey", "text": "i'm making it my wallpaper 💀"},
    {"sender": "Zara", "text": "guys thats a bit much"},
    {"sender": "Harvey", "text": "its banter zara relax"},
    {"sender": "Chloe", "text": "why are you always doing this to me"},
    {"sender": "Kelsey", "text": "because you're embarrassing. everyone thinks it they just don't say it"},
    {"sender": "Harvey", "text": "removed chloe from the group"},
    {"sender": "Tom", "text": "bro"},
    {"sender": "Mia", "text": "not cool harvey"}
  ],
  "labels": ["cyberbullying"],
  "evasion": False
},
# ---------------------------------------------------------------- P1-05 cyberbullying + self_harm, EVASION spaced/dotted "kys"
{
  "messages": [
    {"sender": "Zedd", "text": "squad up 8pm? ranked"},
    {"sender": "Kieran", "text": "ye im on after tea"},
    {"sender": "BigSam", "text": "im in"},
    {"sender": "Owen", "text": "can i play this time"},
    {"sender": "Zedd", "text": "fine but dont feed like last time"},
    {"sender": "Owen", "text": "that was lag"},
    {"sender": "BigSam", "text": "gg lads that last circle was mad"},
    {"sender": "Kieran", "text": "owen u were actually decent that round"},
    {"sender": "Owen", "text": "told u"},
    {"sender": "Zedd", "text": "nah we lost cos of owen again. every single game"},
    {"sender": "Zedd", "text": "ur genuinely useless, why do u even exist"},
    {"sender": "Owen", "text": "it was 1 game chill"},
    {"sender": "Zedd", "text": "k y s"},
    {"sender": "BigSam", "text": "lol"},
    {"sender": "Kieran", "text": "zedd calm down"},
    {"sender": "Zedd", "text": "im being serious. nobody would even notice. g.o k.i.l.l y.o.u.r.s.e.l.f"},
    {"sender": "Zedd", "text": "everyone in our year thinks ur a waste of space owen, ask anyone"},
    {"sender": "Owen", "text": "whatever"},
    {"sender": "Owen", "text": "maybe i will then"},
    {"sender": "Kieran", "text": "owen dont listen to him. zedd ur out of order"}
  ],
  "labels": ["cyberbullying", "self_harm"],
  "evasion": True
},
# ---------------------------------------------------------------- P1-06 criminal_exploitation + location_control: older "mate", packages, live location
{
  "participants": [{"id": "dee_w", "role": "unknown"}, {"id": "tyrese", "role": "child"}],
  "messages": [
    {"sender": "dee_w", "text": "yo t, good seeing u at the chicken shop. told u id sort u out"},
    {"sender": "tyrese", "text": "ye thanks for the food bro"},
    {"sender": "dee_w", "text": "anytime. u still want them creps?"},
    {"sender": "tyrese", "text": "fr? the black ones?"},
    {"sender": "dee_w", "text": "size 8 yeah? leave it with me"},
    {"sender": "tyrese", "text": "yeah 8. ur actually a legend"},
    {"sender": "dee_w", "text": "collect them from my boy later. nothing in life is free tho lol, u can do me a small favour sometime"},
    {"sender": "tyrese", "text": "ye course"},
    {"sender": "dee_w", "text": "need u to drop something to my cousin in Westbrook after school. small bag, dont open it"},
    {"sender": "tyrese", "text": "whats in it"},
    {"sender": "dee_w", "text": "dont ask questions u dont need answers to. 50 quid in it for u"},
    {"sender": "tyrese", "text": "ok"},
    {"sender": "dee_w", "text": "share ur live location with me the whole time. i need to see u moving"},
    {"sender": "tyrese", "text": "[location]"},
    {"sender": "dee_w", "text": "why has ur location stopped at the park"},
    {"sender": "tyrese", "text": "my phone died sorry"},
    {"sender": "dee_w", "text": "dont lie to me. turn it back on now and keep it on. if it goes off again i come find u"},
    {"sender": "tyrese", "text": "its on"},
    {"sender": "dee_w", "text": "good. and them creps and food werent free. u owe me now so ur doing friday as well"},
    {"sender": "tyrese", "text": "i cant friday i got training"},
    {"sender": "dee_w", "text": "u can. i know where u live remember"}
  ],
  "labels": ["criminal_exploitation", "location_control"],
  "evasion": False
},
# ---------------------------------------------------------------- P1-07 money_mule + criminal_exploitation + privacy_disclosure (child posts her account details): account used, then threats
{
  "messages": [
    {"sender": "quickflipz_uk", "text": "easy money for students 💸 dm us"},
    {"sender": "Leah", "text": "hi what is it"},
    {"sender": "quickflipz_uk", "text": "hi babe, we run a reselling business. we need people with a bank account to receive payments for us because ours is getting limited"},
    {"sender": "Leah", "text": "how much do u get"},
    {"sender": "quickflipz_uk", "text": "£500 comes in, you keep £100, send the rest to the account we give u. takes 10 mins"},
    {"sender": "Leah", "text": "im only 16 is that ok"},
    {"sender": "quickflipz_uk", "text": "perfect age lol. do u have a Fenmore card or a Brightpay account?"},
    {"sender": "Leah", "text": "Fenmore. its a teen account"},
    {"sender": "quickflipz_uk", "text": "send ur sort code and account number and we'll do a test payment today"},
    {"sender": "Leah", "text": "ok 40-11-62 and 33018274"},
    {"sender": "quickflipz_uk", "text": "£650 sent. keep £100, send £550 to the details below within the hour [photo]"},
    {"sender": "Leah", "text": "it came through. why is it from someone called M. Osei"},
    {"sender": "quickflipz_uk", "text": "thats one of our customers dont worry. send it now"},
    {"sender": "Leah", "text": "actually i dont think i want to do this, my brother said it sounds like money laundering"},
    {"sender": "quickflipz_uk", "text": "too late babe the money is already in ur account. if u dont send it on u stole from us"},
    {"sender": "quickflipz_uk", "text": "we know u go to St Aldric's. u send it in 20 mins and u do 3 more this week or we come to the gates and tell everyone ur a thief"},
    {"sender": "Leah", "text": "please i just want to give it back"},
    {"sender": "quickflipz_uk", "text": "u dont give it back u send it where we say. clock is ticking"}
  ],
  "labels": ["money_mule", "criminal_exploitation", "privacy_disclosure"],
  "evasion": False
},
# ---------------------------------------------------------------- P1-08 SMS scam: parcel fee
{
  "participants": [{"id": "07700 900133", "role": "unknown"}],
  "messages": [
    {"sender": "07700 900133", "text": "RoyalDispatch: Your parcel is being held at our depot due to an unpaid shipping fee of £1.45. Pay within 24h to avoid it being returned to sender: [link]"}
  ],
  "labels": ["scam"],
  "evasion": False
},
# ---------------------------------------------------------------- P1-09 SMS scam + identity_theft: bank passcode
{
  "participants": [{"id": "HarlowFinch", "role": "unknown"}],
  "messages": [
    {"sender": "HarlowFinch", "text": "Harlow & Finch Bank: We detected a new login to your Teen Saver account from an unknown device. To keep access, reply with your online banking passcode and the long number on your card, or verify now at [link]"}
  ],
  "labels": ["scam", "identity_theft"],
  "evasion": False
},
# ---------------------------------------------------------------- P1-10 harmful_challenge: escalating dares in a friend group
{
  "messages": [
    {"sender": "Josh", "text": "whats everyone doing half term"},
    {"sender": "Priya", "text": "going to my aunties in leicester for 3 days"},
    {"sender": "Callum", "text": "nothing lol just xbox"},
    {"sender": "Leo", "text": "same"},
    {"sender": "Ellie", "text": "we should go to the lido on weds if its sunny"},
    {"sender": "Josh", "text": "bet"},
    {"sender": "Callum", "text": "seen the new thing going round on tiktok"},
    {"sender": "Josh", "text": "which one"},
    {"sender": "Callum", "text": "u jump off the garage roofs onto the skip at the back of the flats. whoever bottles it has to do the road one"},
    {"sender": "Leo", "text": "whats the road one"},
    {"sender": "Callum", "text": "u lie down in the middle of Canal Rd and wait til a car comes round the corner before u move. film it"},
    {"sender": "Ellie", "text": "thats literally so dangerous"},
    {"sender": "Josh", "text": "leo ur doing it first, u always say ur not scared of anything"},
    {"sender": "Leo", "text": "i never said that"},
    {"sender": "Callum", "text": "if u dont do it by friday ur out the group and we post that u bottled it"},
    {"sender": "Josh", "text": "3 people in year 9 already did it, its nothing"},
    {"sender": "Priya", "text": "leo dont do it seriously"},
    {"sender": "Callum", "text": "priya stop being a mum. leo garages 4pm tomorrow, bring ur phone so we can film"},
    {"sender": "Leo", "text": "fine"}
  ],
  "labels": ["harmful_challenge"],
  "evasion": False
},
# ---------------------------------------------------------------- P1-11 privacy_disclosure + unwanted_contact: stranger keeps DMing, child posts address/school/routine
{
  "participants": [{"id": "nightowl_77", "role": "unknown"}, {"id": "ruby.draws", "role": "child"}],
  "messages": [
    {"sender": "nightowl_77", "text": "hi saw ur art in the fanart channel"},
    {"sender": "nightowl_77", "text": "hello?"},
    {"sender": "nightowl_77", "text": "sent u a friend request"},
    {"sender": "ruby.draws", "text": "sorry who are you"},
    {"sender": "nightowl_77", "text": "just a fan of ur drawings. why did u decline my request"},
    {"sender": "ruby.draws", "text": "i dont add people i dont know"},
    {"sender": "nightowl_77", "text": "sent another one. accept it pls"},
    {"sender": "nightowl_77", "text": "r u going to the fan meetup in brambury next month"},
    {"sender": "ruby.draws", "text": "maybe my mum might take me"},
    {"sender": "nightowl_77", "text": "where do u live, near there?"},
    {"sender": "ruby.draws", "text": "yeah i live on Maple Close in brambury, number 14 by the big coop"},
    {"sender": "nightowl_77", "text": "no way. which school"},
    {"sender": "ruby.draws", "text": "Thornfield High, year 8. i walk home through Pinder Park every day about 3.30 lol"},
    {"sender": "nightowl_77", "text": "cool. on ur own?"},
    {"sender": "ruby.draws", "text": "usually yeah my friend gets picked up"},
    {"sender": "nightowl_77", "text": "whats ur number, easier than discord"},
    {"sender": "ruby.draws", "text": "07700 900418"},
    {"sender": "nightowl_77", "text": "saved. ill text u tomorrow"}
  ],
  "labels": ["privacy_disclosure", "unwanted_contact"],
  "evasion": False
},
# ---------------------------------------------------------------- P1-12 unwanted_contact: first-hand airdrop report + stranger follows up
{
  "messages": [
    {"sender": "Amelia", "text": "did u finish the english essay"},
    {"sender": "Grace", "text": "half of it lol"},
    {"sender": "Sophie", "text": "i havent even started"},
    {"sender": "Amelia", "text": "we have to hand it in thursday"},
    {"sender": "Grace", "text": "ill do it tomorrow night"},
    {"sender": "Sophie", "text": "omg something so gross just happened"},
    {"sender": "Grace", "text": "what"},
    {"sender": "Sophie", "text": "some random on the 42 bus just airdropped me a pic. it was disgusting i didnt even press accept it just popped up in the preview"},
    {"sender": "Amelia", "text": "WHAT. from who"},
    {"sender": "Sophie", "text": "the name just said iPhone. now its trying to send me another one and another one"},
    {"sender": "Grace", "text": "turn airdrop off or contacts only NOW"},
    {"sender": "Sophie", "text": "done. my hands are shaking"},
    {"sender": "Sophie", "text": "and now someone ive never met has added me on snap saying saw u on the 42 in ur blazer 👀"},
    {"sender": "Sophie", "text": "hes messaged me like 6 times. why u ignoring me, i know u saw it, which stop do u get off"},
    {"sender": "Amelia", "text": "block him and screenshot everything"},
    {"sender": "Grace", "text": "tell your mum when you get home. and Mrs Okafor tomorrow"},
    {"sender": "Sophie", "text": "ok. im getting off at the library not my normal stop"}
  ],
  "labels": ["unwanted_contact"],
  "evasion": False
},
# ---------------------------------------------------------------- P1-13 csam + cyberbullying: nudify app on a classmate's photo
{
  "messages": [
    {"sender": "Dylan", "text": "anyone watch the game last night"},
    {"sender": "Marcus", "text": "robbed. that pen was never a pen"},
    {"sender": "Ryan", "text": "var is a joke"},
    {"sender": "Ibby", "text": "my dad threw the remote lol"},
    {"sender": "Dylan", "text": "bring ur boots tmrw we got 5 a side at lunch"},
    {"sender": "Marcus", "text": "yo have u seen that app where u put in any pic and it takes the clothes off"},
    {"sender": "Ryan", "text": "nah whats it called"},
    {"sender": "Marcus", "text": "Undrezz AI or something. do it on Amara's insta pic from the prom, the one in the blue dress"},
    {"sender": "Dylan", "text": "lmao do it and send it in here"},
    {"sender": "Ibby", "text": "bro she's 15 thats literally illegal"},
    {"sender": "Marcus", "text": "its AI its not even real lol"},
    {"sender": "Dylan", "text": "she thinks shes better than everyone anyway, would be funny to send round year 10"},
    {"sender": "Marcus", "text": "ryan u got the paid version, u do it"},
    {"sender": "Ryan", "text": "im not doing that"},
    {"sender": "Dylan", "text": "fine ill get my cousin to do it. send me the pic marcus"},
    {"sender": "Marcus", "text": "[photo]"},
    {"sender": "Ibby", "text": "im leaving this chat"}
  ],
  "labels": ["csam", "cyberbullying"],
  "evasion": False
},
# ---------------------------------------------------------------- P1-14 sex_trafficking + grooming: fake modelling scout, travel, "business friends"
{
  "participants": [{"id": "velvetmodels_scout", "role": "unknown"}, {"id": "keira_m", "role": "child"}],
  "messages": [
    {"sender": "velvetmodels_scout", "text": "Hi Keira! I'm Nadine, a scout for Velvet Models North. Your page caught our eye, you have a really striking look 😍"},
    {"sender": "keira_m", "text": "omg really? is this real"},
    {"sender": "velvetmodels_scout", "text": "100%! We're always looking for fresh faces. How old are you hun?"},
    {"sender": "keira_m", "text": "15, ill be 16 in july"},
    {"sender": "velvetmodels_scout", "text": "Perfect, we have lots of girls your age. Do you have any full length photos? Just normal ones in your clothes"},
    {"sender": "keira_m", "text": "[photo]"},
    {"sender": "velvetmodels_scout", "text": "Stunning. Honestly you could be earning properly with us"},
    {"sender": "keira_m", "text": "how does it work"},
    {"sender": "velvetmodels_scout", "text": "We have a shoot in Manchester on the 14th. We pay your train, hotel, food, and you get £400 cash on the day"},
    {"sender": "keira_m", "text": "id have to ask my mum"},
    {"sender": "velvetmodels_scout", "text": "Honestly parents always panic and ruin it for girls. A lot of our models just say it's a school trip or a sleepover. You're old enough to make your own choices"},
    {"sender": "keira_m", "text": "i dont know"},
    {"sender": "velvetmodels_scout", "text": "After the shoot there's a little evening do with some of our business friends. You just have to be nice to them and keep them company, they tip really well, some girls go home with £1000"},
    {"sender": "keira_m", "text": "what do you mean keep them company"},
    {"sender": "velvetmodels_scout", "text": "Just hang out, have a drink, be friendly. Nothing you can't handle. It's how the top girls get booked again"},
    {"sender": "velvetmodels_scout", "text": "I'll send you the train ticket. Don't mention Velvet to anyone yet, contracts are confidential. Delete this chat when you've screenshotted the details x"},
    {"sender": "keira_m", "text": "ok"}
  ],
  "labels": ["sex_trafficking", "grooming"],
  "evasion": False
},
# ---------------------------------------------------------------- P1-15 self_harm: long ordinary chat, disclosure of wanting to disappear
{
  "messages": [
    {"sender": "Hannah", "text": "did u watch the final of bake off"},
    {"sender": "Ava", "text": "YES the cake collapsing 😭"},
    {"sender": "Hannah", "text": "i felt so bad for him"},
    {"sender": "Ava", "text": "r u coming to netball tomorrow"},
    {"sender": "Hannah", "text": "prob not"},
    {"sender": "Ava", "text": "u missed last week too"},
    {"sender": "Hannah", "text": "ye just tired"},
    {"sender": "Ava", "text": "ok. did u do the history sources"},
    {"sender": "Hannah", "text": "no i cant focus on anything"},
    {"sender": "Ava", "text": "morning! are u in today"},
    {"sender": "Hannah", "text": "no told mum i feel sick"},
    {"sender": "Ava", "text": "r u actually ill"},
    {"sender": "Hannah", "text": "not really. i just cant face it"},
    {"sender": "Ava", "text": "is it the stuff with ur dad"},
    {"sender": "Hannah", "text": "everything. i'm so tired of everything ava"},
    {"sender": "Hannah", "text": "sometimes i just want to disappear and not wake up"},
    {"sender": "Ava", "text": "han dont say that"},
    {"sender": "Hannah", "text": "its true tho. everyone would be better off without me, mum wouldnt have to worry about me anymore"},
    {"sender": "Ava", "text": "that is not true at all. i would not be better off"},
    {"sender": "Hannah", "text": "i've been thinking about hurting myself"},
    {"sender": "Ava", "text": "please will u talk to Miss Kaur with me tomorrow. i'll come with u. or i can tell my mum to ring yours"},
    {"sender": "Hannah", "text": "dont tell anyone please"},
    {"sender": "Ava", "text": "i love u but i cant keep this one secret han. i'm calling u now"}
  ],
  "labels": ["self_harm"],
  "evasion": False
},
# ---------------------------------------------------------------- P1-16 location_control + grooming: 19yo "boyfriend" and a 14yo
{
  "participants": [{"id": "reece", "role": "adult"}, {"id": "jess", "role": "child"}],
  "messages": [
    {"sender": "reece", "text": "had a good time at the park babe x"},
    {"sender": "jess", "text": "me too x"},
    {"sender": "reece", "text": "ur so grown up for 14 honestly, i forget ur still at school"},
    {"sender": "jess", "text": "haha ur not that old"},
    {"sender": "reece", "text": "19 isnt old lol. ur mum still doesnt know about me yeah?"},
    {"sender": "jess", "text": "no i said i was at kaylas"},
    {"sender": "reece", "text": "good keep it that way. shed go mad and stop u seeing me"},
    {"sender": "reece", "text": "why is ur location off"},
    {"sender": "jess", "text": "my battery was low"},
    {"sender": "reece", "text": "turn it back on. i like knowing where u are"},
    {"sender": "jess", "text": "ok its on"},
    {"sender": "reece", "text": "ur at kaylas?? i told u i dont want u going there, her brothers mates are always round"},
    {"sender": "jess", "text": "its just me and her doing homework"},
    {"sender": "reece", "text": "send me a pic of the room so i know ur not lying"},
    {"sender": "jess", "text": "[photo]"},
    {"sender": "reece", "text": "ok. download Trakkr tonight, ill send u the code. then i can see u all the time and u wont need to keep turning it on"},
    {"sender": "jess", "text": "do i have to"},
    {"sender": "reece", "text": "if u love me u will. and dont take it off. if i see ur location go off again were done and i tell ur mum everything"},
    {"sender": "jess", "text": "ok im sorry"},
    {"sender": "reece", "text": "go home now. i want to see the dot at ur house by 6"}
  ],
  "labels": ["location_control", "grooming"],
  "evasion": False
},
# ---------------------------------------------------------------- P1-17 scam + identity_theft: fake game giveaway asking for login and code
{
  "participants": [{"id": "PX_Rewards_Team", "role": "unknown"}, {"id": "noah_plays", "role": "child"}],
  "messages": [
    {"sender": "PX_Rewards_Team", "text": "🎉 Congrats noah_plays! You've been randomly chosen in the Pixelstorm 10th Anniversary giveaway: 10,000 coins + the Inferno skin!"},
    {"sender": "noah_plays", "text": "wait fr??"},
    {"sender": "PX_Rewards_Team", "text": "Yes! Only 50 players worldwide. To claim, log in at the official rewards page: [link]"},
    {"sender": "noah_plays", "text": "it looks different to the normal login"},
    {"sender": "PX_Rewards_Team", "text": "It's the special event page, that's normal. Enter your username and password there"},
    {"sender": "noah_plays", "text": "ok done. it says wrong password try again?"},
    {"sender": "PX_Rewards_Team", "text": "The site is busy. Just send your username and password here and I'll add the coins manually"},
    {"sender": "noah_plays", "text": "noah_plays and the password is Spurs2013!"},
    {"sender": "PX_Rewards_Team", "text": "Thanks. You'll get a 6 digit code by text, send it to me to confirm it's you"},
    {"sender": "noah_plays", "text": "its 771204"},
    {"sender": "PX_Rewards_Team", "text": "Perfect. Last step, we need to check you're over 13 so your parent's card needs verifying. Send the card number, expiry and 3 numbers on the back. Nothing will be charged"},
    {"sender": "noah_plays", "text": "i'll ask my dad"},
    {"sender": "PX_Rewards_Team", "text": "Don't tell him what it's for or the prize gets cancelled, giveaway rules. You have 10 minutes"}
  ],
  "labels": ["scam", "identity_theft"],
  "evasion": False
},
# ---------------------------------------------------------------- P1-18 money_mule EVASION leetspeak
{
  "messages": [
    {"sender": "ez_p4p3r", "text": "y0 wan m4k3 £££ this w33k? n0 j0k3"},
    {"sender": "kai.w", "text": "doing what"},
    {"sender": "ez_p4p3r", "text": "u g0t a b4nk 4cc? m0nz0 starl1ng wh4t3v3r"},
    {"sender": "kai.w", "text": "ye i got a kids one"},
    {"sender": "ez_p4p3r", "text": "sw33t. w3 dr0p 1.5k 1n, u k33p 200, s3nd th3 r3st 2 my b01. 5 m1ns w0rk"},
    {"sender": "kai.w", "text": "whose money is it"},
    {"sender": "ez_p4p3r", "text": "d0nt w0rry b0ut th4t. ppl c4ll 1t squ4r1ng, 3v3ry1 d0es 1t"},
    {"sender": "kai.w", "text": "my mum can see my account"},
    {"sender": "ez_p4p3r", "text": "th3n l3nd us ur c4rd + p1n 4 th3 d4y, w3 d0 1t 4 u. u g3t 1t b4ck fr1d4y w1th 200 0n 1t"},
    {"sender": "kai.w", "text": "how do i give u it"},
    {"sender": "ez_p4p3r", "text": "dr0p 1t 1n th3 b0x 4t th3 b4ck 0f b4rl0w c0urt. p1n 0n 4 p13c3 0f p4p3r. t3ll n0 1"},
    {"sender": "kai.w", "text": "ok after school"},
    {"sender": "ez_p4p3r", "text": "s4f3. 4nd 1f th3 b4nk r1ngs u s4y 1ts ur c0us1ns m0n3y 4 4 c4r"}
  ],
  "labels": ["money_mule"],
  "evasion": True
},
# ---------------------------------------------------------------- P1-19 harmful_challenge EVASION emoji + misspellings
{
  "messages": [
    {"sender": "Fin", "text": "who did the science hwk"},
    {"sender": "Aisha", "text": "me u can copy"},
    {"sender": "Fin", "text": "legend"},
    {"sender": "Jamal", "text": "lads the new chalenje is out"},
    {"sender": "Fin", "text": "which one"},
    {"sender": "Jamal", "text": "u gotta hit the 🔴🔔 in the sci block then leg it. whoever gets the most 👨‍🚒🚒 to come wins"},
    {"sender": "Aisha", "text": "thats not funny people have to go out in the rain"},
    {"sender": "Jamal", "text": "level 2 is 🥚 the cars on the bypass from the bridge 🌉 and film the drivers"},
    {"sender": "Fin", "text": "lmaooo"},
    {"sender": "Jamal", "text": "level 3 is 🔥 a 🗑 by the bike shed. its called the hot seat chal lol"},
    {"sender": "Fin", "text": "im doing level 1 tmrw period 4"},
    {"sender": "Jamal", "text": "film it or it dint happen. we get 50k views on the cha11 page ez"},
    {"sender": "Aisha", "text": "ur both gonna get excluded"},
    {"sender": "Jamal", "text": "🐔🐔 aisha. fin ur doing level 2 friday as well no bottling"}
  ],
  "labels": ["harmful_challenge"],
  "evasion": True
},
# ================================================================ CLEAN
# ---------------------------------------------------------------- P1-C01 class trip planning group, teacher card surprise, send pic of the form
{
  "messages": [
    {"sender": "Isla", "text": "has everyone got the letter for the science museum trip"},
    {"sender": "Ben", "text": "lost mine lol"},
    {"sender": "Isla", "text": "[photo] there u go, just print it"},
    {"sender": "Ben", "text": "ty"},
    {"sender": "Freya", "text": "we have to be at school for 7.15!! thats so early"},
    {"sender": "Kofi", "text": "coach leaves at 7.30 mr dawson said if ur late it goes without u"},
    {"sender": "Ben", "text": "who u sitting with on the coach"},
    {"sender": "Freya", "text": "isla obviously"},
    {"sender": "Kofi", "text": "back seat lads"},
    {"sender": "Isla", "text": "ok secret plan. its mr dawson's last trip before he leaves so we're doing a card"},
    {"sender": "Freya", "text": "omg yes"},
    {"sender": "Isla", "text": "DONT tell him and dont talk about it in front of him. i'll bring the card in my bag and we sign it on the coach"},
    {"sender": "Ben", "text": "should we get him something"},
    {"sender": "Kofi", "text": "everyone put in £1? he loves that terrible coffee"},
    {"sender": "Isla", "text": "send me a pic of ur money slip thing when u give it to the office so i know who's paid for the trip"},
    {"sender": "Freya", "text": "[photo]"},
    {"sender": "Ben", "text": "where do we meet at the museum if we get lost"},
    {"sender": "Kofi", "text": "he said by the big rocket in the main hall"},
    {"sender": "Isla", "text": "and u have to have ur phone on but he said no location stuff needed, teachers have the register"},
    {"sender": "Freya", "text": "bring a packed lunch the cafe is like £9 for a sandwich"},
    {"sender": "Ben", "text": "robbery"},
    {"sender": "Isla", "text": "ok delete the card messages if u show ur screen to anyone lol. night"}
  ],
  "labels": [],
  "evasion": False
},
# ---------------------------------------------------------------- P1-C02 friendship falling out and making up
{
  "participants": [{"id": "layla", "role": "child"}, {"id": "erin", "role": "child"}],
  "messages": [
    {"sender": "layla", "text": "so ur just not going to talk to me then"},
    {"sender": "erin", "text": "u told jas what i said about liam. i told u not to tell anyone"},
    {"sender": "layla", "text": "i didnt tell her she guessed"},
    {"sender": "erin", "text": "yeah right. u literally cant keep anything to urself"},
    {"sender": "layla", "text": "wow ok"},
    {"sender": "erin", "text": "i hate this. i'm so angry i could scream"},
    {"sender": "layla", "text": "u dont have to be so horrible about it"},
    {"sender": "erin", "text": "ur dead to me for like a week minimum"},
    {"sender": "layla", "text": "fine"},
    {"sender": "layla", "text": "erin"},
    {"sender": "layla", "text": "i'm sorry. i did tell jas. i thought she already knew and i wasnt thinking"},
    {"sender": "erin", "text": "i knew it"},
    {"sender": "layla", "text": "i know. it was stupid. i hate when we fight"},
    {"sender": "erin", "text": "me too tbh. i was being dramatic with the dead to me thing"},
    {"sender": "layla", "text": "lol a bit"},
    {"sender": "erin", "text": "just dont do it again ok. some stuff is just between us"},
    {"sender": "layla", "text": "promise. friends?"},
    {"sender": "erin", "text": "always. u still coming to mine saturday"},
    {"sender": "layla", "text": "yes!! can we make the brownies again"},
    {"sender": "erin", "text": "obviously. my mum will pick u up at 2"}
  ],
  "labels": [],
  "evasion": False
},
# ---------------------------------------------------------------- P1-C03 sibling teasing, family location + streaming password
{
  "messages": [
    {"sender": "Megan", "text": "why r u in my room"},
    {"sender": "Danny", "text": "im not"},
    {"sender": "Megan", "text": "my door was shut when i left. ur so annoying"},
    {"sender": "Danny", "text": "needed ur charger. chill"},
    {"sender": "Megan", "text": "give it back or im telling mum"},
    {"sender": "Danny", "text": "snitch"},
    {"sender": "Megan", "text": "ur literally a goblin"},
    {"sender": "Danny", "text": "at least i dont sound like a dying seagull when i sing in the shower"},
    {"sender": "Megan", "text": "i will end u"},
    {"sender": "Danny", "text": "lol. whats the streamflix password mum changed it"},
    {"sender": "Megan", "text": "its on the fridge. dont watch my show without me"},
    {"sender": "Danny", "text": "too late episode 6 was mad"},
    {"sender": "Megan", "text": "I HATE YOU"},
    {"sender": "Mum", "text": "Both of you stop it. Megan where are you? Your location says the library"},
    {"sender": "Megan", "text": "yeah revising with sana, back at 6"},
    {"sender": "Mum", "text": "OK love. Danny, put her charger back. And tea is at 6.30, shepherd's pie"},
    {"sender": "Danny", "text": "fine"},
    {"sender": "Megan", "text": "ha"},
    {"sender": "Danny", "text": "ur still a goblin tho"}
  ],
  "labels": [],
  "evasion": False
},
# ---------------------------------------------------------------- P1-C04 football coach arranging lifts in parents' group
{
  "participants": [{"id": "coach_gary", "role": "adult"}, {"id": "parent_sandra", "role": "adult"}, {"id": "parent_imran", "role": "adult"}, {"id": "parent_lou", "role": "adult"}],
  "messages": [
    {"sender": "coach_gary", "text": "Evening all. Away game Sunday at Ferncliffe Rovers, KO 10.30. Need to arrange lifts as the minibus is in for MOT."},
    {"sender": "parent_sandra", "text": "I can take 3 including Josh. Leaving from the club at 9.15?"},
    {"sender": "coach_gary", "text": "Perfect thanks Sandra."},
    {"sender": "parent_imran", "text": "I can take 2. Zain and one more."},
    {"sender": "parent_lou", "text": "Could Alfie go with Imran? I'm working Sunday morning."},
    {"sender": "parent_imran", "text": "No problem. Can you send me your address so I can pick him up on the way, or shall I just meet at the club?"},
    {"sender": "parent_lou", "text": "Club is easier, thank you! I'll drop him at 9.10."},
    {"sender": "coach_gary", "text": "Reminder: club policy is that no coach gives a child a lift alone, and all messages about the team stay in this parents' group, not to the players directly."},
    {"sender": "parent_sandra", "text": "Thanks Gary. What's the postcode for Ferncliffe?"},
    {"sender": "coach_gary", "text": "FC7 2QJ, Ferncliffe Recreation Ground. [location]"},
    {"sender": "coach_gary", "text": "I'll share my live location in here when I set off so you can see if the roads are bad, the A61 was shut last time."},
    {"sender": "parent_imran", "text": "Good idea."},
    {"sender": "parent_lou", "text": "Do they need the away kit or the home one?"},
    {"sender": "coach_gary", "text": "Away kit please, the yellow. Shin pads, water, and a coat, it's forecast to pour."},
    {"sender": "parent_sandra", "text": "Josh has lost his shin pads AGAIN. Anyone got spares?"},
    {"sender": "parent_imran", "text": "Zain has an old pair, I'll bring them."},
    {"sender": "coach_gary", "text": "Cheers all. Subs are due this month too, £15 by bank transfer to the club account, details are in the pinned message. Please don't send me cash."},
    {"sender": "parent_lou", "text": "Will do tonight. Good luck to the boys!"}
  ],
  "labels": [],
  "evasion": False
},
# ---------------------------------------------------------------- P1-C05 gaming squad trash talk, all friendly
{
  "messages": [
    {"sender": "Rhys", "text": "get on we're queueing"},
    {"sender": "Tariq", "text": "2 mins mum's making me empty the dishwasher"},
    {"sender": "Will", "text": "lmao"},
    {"sender": "Rhys", "text": "GG EZ"},
    {"sender": "Will", "text": "tariq u are actually the worst sniper in the uk"},
    {"sender": "Tariq", "text": "i was lagging u dog"},
    {"sender": "Jack", "text": "uninstall bro fr 😂"},
    {"sender": "Tariq", "text": "say that in 1v1 then"},
    {"sender": "Jack", "text": "bet. im going to destroy u"},
    {"sender": "Tariq", "text": "ur getting deleted"},
    {"sender": "Rhys", "text": "if u lose u have to use the pink skin for a week"},
    {"sender": "Jack", "text": "deal"},
    {"sender": "Tariq", "text": "RIP jack 💀💀 get rekt"},
    {"sender": "Jack", "text": "nah that was a fluke. controller died"},
    {"sender": "Will", "text": "excuses excuses. pink skin gang"},
    {"sender": "Jack", "text": "i'll kill u all next round watch"},
    {"sender": "Rhys", "text": "last one then i gotta go to bed, school tmrw"},
    {"sender": "Tariq", "text": "same. gg lads"},
    {"sender": "Jack", "text": "rematch tmrw. i want revenge"}
  ],
  "labels": [],
  "evasion": False
},
# ---------------------------------------------------------------- P1-C06 SMS genuine bank alert
{
  "participants": [{"id": "HarbourBank", "role": "unknown"}],
  "messages": [
    {"sender": "HarbourBank", "text": "Harbourside Bank: a payment of £12.99 to StreamFlix from your card ending 4471 was declined. If this wasn't you, call the number on the back of your card. We will never ask for your PIN or passcode by text."}
  ],
  "labels": [],
  "evasion": False
},
# ---------------------------------------------------------------- P1-C07 SMS genuine 2FA code
{
  "participants": [{"id": "Pixelstorm", "role": "unknown"}],
  "messages": [
    {"sender": "Pixelstorm", "text": "Your Pixelstorm verification code is 482913. It expires in 10 minutes. Don't share this code with anyone - Pixelstorm staff will never ask for it."}
  ],
  "labels": [],
  "evasion": False
},
# ---------------------------------------------------------------- P1-C08 parent asking where child is, location sharing, late home
{
  "participants": [{"id": "dad", "role": "adult"}, {"id": "oscar", "role": "child"}],
  "messages": [
    {"sender": "dad", "text": "Where are you? It's 9.20 and you said 9."},
    {"sender": "oscar", "text": "at ashers still, we were finishing the film"},
    {"sender": "dad", "text": "Your location isn't showing on Find My. Can you turn it back on please"},
    {"sender": "oscar", "text": "sorry it went off when i updated my phone"},
    {"sender": "oscar", "text": "[location]"},
    {"sender": "dad", "text": "Thanks. Are you walking back on your own?"},
    {"sender": "oscar", "text": "ye its like 10 mins"},
    {"sender": "dad", "text": "It's dark and the path by the canal isn't lit. I'll come and get you. Be outside in 5."},
    {"sender": "oscar", "text": "dad thats so embarrassing"},
    {"sender": "dad", "text": "I'll wait round the corner then. Nobody will see me, promise."},
    {"sender": "oscar", "text": "ok fine"},
    {"sender": "oscar", "text": "can asher come back to ours tmrw"},
    {"sender": "dad", "text": "If his mum's fine with it. Ask her to text me."},
    {"sender": "oscar", "text": "ok"},
    {"sender": "dad", "text": "Outside. Blue car. I've turned the lights off so I'm in stealth mode 😎"},
    {"sender": "oscar", "text": "omg stop"},
    {"sender": "dad", "text": "And next time, if you're going to be late just message me. I'm not cross, I just worry."},
    {"sender": "oscar", "text": "ok sorry"}
  ],
  "labels": [],
  "evasion": False
},
# ---------------------------------------------------------------- P1-C09 genuine part-time cafe job, payroll details via parent
{
  "participants": [{"id": "rosa_manager", "role": "adult"}, {"id": "nia", "role": "child"}, {"id": "nia_mum", "role": "adult"}],
  "messages": [
    {"sender": "rosa_manager", "text": "Hi Nia, this is Rosa from The Corner Cup. Thanks for dropping your CV in. Would you be able to come for a quick chat on Saturday at 10?"},
    {"sender": "nia", "text": "hi yes thank you! is it ok if my mum comes too"},
    {"sender": "rosa_manager", "text": "Of course, that's actually what we prefer as you're 15. I've added her to this chat."},
    {"sender": "nia_mum", "text": "Hello Rosa, thanks for getting back to her. Saturday 10 is fine."},
    {"sender": "rosa_manager", "text": "Great. It would be Saturday mornings 8-12 and some Sundays, within the council's hours for 15 year olds. You'll need a work permit from the council, I'll help with the form."},
    {"sender": "nia_mum", "text": "Perfect. What does she need to bring?"},
    {"sender": "rosa_manager", "text": "Just proof of her National Insurance number if she has it, and her bank details for wages. Please bring them in person on the day rather than sending them here."},
    {"sender": "nia", "text": "i dont have a ni number yet i think"},
    {"sender": "nia_mum", "text": "It came in the post last month, I've got the letter."},
    {"sender": "rosa_manager", "text": "Brilliant. Pay is £6.40 an hour plus tips, paid monthly into her account."},
    {"sender": "nia", "text": "do i need a uniform"},
    {"sender": "rosa_manager", "text": "Black trousers and black shoes, we give you the t-shirt and apron."},
    {"sender": "nia_mum", "text": "Lovely. See you Saturday."},
    {"sender": "nia", "text": "thank you so much!!"},
    {"sender": "rosa_manager", "text": "See you both then. The cafe is at 12 Market Row, next to the florist."}
  ],
  "labels": [],
  "evasion": False
},
# ---------------------------------------------------------------- P1-C10 friends discussing a sextortion news story / assembly
{
  "messages": [
    {"sender": "Luca", "text": "that assembly today was actually kinda scary"},
    {"sender": "Deji", "text": "the sextortion one?"},
    {"sender": "Luca", "text": "yeah. i didnt know they pretend to be girls from a school nearby"},
    {"sender": "Noor", "text": "there was a news thing about a boy in scotland it happened to. they asked him for money after"},
    {"sender": "Deji", "text": "the policeman said they say stuff like pay me or i send the pics to your friends, and it's usually gangs abroad doing it to loads of people at once"},
    {"sender": "Luca", "text": "and they said dont pay because they just ask for more"},
    {"sender": "Noor", "text": "and that it's not your fault and you wont get in trouble if you tell someone"},
    {"sender": "Deji", "text": "theres that report remove thing as well where childline can get pics taken down"},
    {"sender": "Luca", "text": "ye i screenshotted the slide"},
    {"sender": "Noor", "text": "my mum made me put my insta on private after she read about it"},
    {"sender": "Deji", "text": "lol mine too. and she made me take my school off my bio"},
    {"sender": "Luca", "text": "tbh thats smart. half the year has their school and football team on there"},
    {"sender": "Noor", "text": "anyway are we still doing the history project at lunch"},
    {"sender": "Deji", "text": "yes library. bring the timeline"},
    {"sender": "Luca", "text": "bet"}
  ],
  "labels": [],
  "evasion": False
},
# ---------------------------------------------------------------- P1-C11 harmless sleepover dares
{
  "messages": [
    {"sender": "Poppy", "text": "sleepover at mine friday!!! who's coming"},
    {"sender": "Ruth", "text": "me!"},
    {"sender": "Tia", "text": "me, mum said yes"},
    {"sender": "Georgia", "text": "i'll be late i have swimming til 7"},
    {"sender": "Poppy", "text": "we're doing truth or dare so think of good ones"},
    {"sender": "Ruth", "text": "i dare someone to eat a spoon of mustard"},
    {"sender": "Tia", "text": "ew ok that's georgia's"},
    {"sender": "Georgia", "text": "absolutely not"},
    {"sender": "Poppy", "text": "dare: do your best impression of mrs whitfield doing the register"},
    {"sender": "Ruth", "text": "dare: wear your pyjamas inside out to the shop for sweets"},
    {"sender": "Tia", "text": "dare: sing the whole of the frozen song with a mouth full of marshmallows"},
    {"sender": "Georgia", "text": "dare: let poppy do your makeup with your eyes shut"},
    {"sender": "Poppy", "text": "i'm scared of my own makeup skills tbh"},
    {"sender": "Ruth", "text": "no dares that get anyone hurt or in trouble tho, last time at amys someone nearly broke the trampoline"},
    {"sender": "Tia", "text": "agreed. nothing with the road or heights or anything dumb"},
    {"sender": "Poppy", "text": "my dad said he's making pizza and we can watch a film after"},
    {"sender": "Georgia", "text": "yesss"},
    {"sender": "Ruth", "text": "bring sleeping bags!"}
  ],
  "labels": [],
  "evasion": False
},
# ---------------------------------------------------------------- P1-C12 surprise party secrecy, addresses for invites, delete chat
{
  "participants": [{"id": "kayla_s", "role": "child"}, {"id": "marnie", "role": "child"}, {"id": "sienna", "role": "child"}, {"id": "kayla_mum", "role": "adult"}],
  "messages": [
    {"sender": "kayla_s", "text": "ok this chat is for priya's surprise 14th. DO NOT tell her. she cannot find out"},
    {"sender": "marnie", "text": "omg yes i love this"},
    {"sender": "sienna", "text": "my lips are sealed 🤐"},
    {"sender": "kayla_s", "text": "its at my house saturday 13th at 4. my mum's helping"},
    {"sender": "kayla_mum", "text": "Hi girls! Yes, I'll do food. Can you each ask a parent to message me so I know who's coming."},
    {"sender": "marnie", "text": "ok i'll get my mum to text u"},
    {"sender": "kayla_s", "text": "whats everyones address so i can post a proper invite, priya will see if i hand them out at school"},
    {"sender": "sienna", "text": "i'll just get it from u at the bus stop, less risky lol"},
    {"sender": "marnie", "text": "same, just give me it in maths"},
    {"sender": "kayla_s", "text": "ok fine. how do we get her here without her knowing"},
    {"sender": "sienna", "text": "i'll say we're going to the cinema and my dad will drop us at yours 'to get kayla'"},
    {"sender": "kayla_s", "text": "genius"},
    {"sender": "marnie", "text": "what are we getting her"},
    {"sender": "kayla_s", "text": "that polaroid camera she keeps talking about, everyone put in £5?"},
    {"sender": "kayla_mum", "text": "I'll put in the rest, don't worry about it."},
    {"sender": "sienna", "text": "delete this chat if she ever borrows ur phone lol"},
    {"sender": "marnie", "text": "she always borrows mine to play wordle 😭 i'll archive it"},
    {"sender": "kayla_s", "text": "SECRET SQUAD 🤫🎂"}
  ],
  "labels": [],
  "evasion": False
},
# ---------------------------------------------------------------- P1-C13 send me a pic of the homework
{
  "messages": [
    {"sender": "Archie", "text": "bro send me a pic of the maths homework"},
    {"sender": "Sami", "text": "which one the algebra"},
    {"sender": "Archie", "text": "ye page 42 i left my book in my locker"},
    {"sender": "Sami", "text": "[photo]"},
    {"sender": "Archie", "text": "its blurry"},
    {"sender": "Sami", "text": "[photo] better?"},
    {"sender": "Archie", "text": "ye ty. did u do q7 i dont get it"},
    {"sender": "Sami", "text": "u have to expand the brackets first then collect like terms"},
    {"sender": "Archie", "text": "ohhh"},
    {"sender": "Sami", "text": "dont just copy mine tho mr hale checks the working"},
    {"sender": "Archie", "text": "i wont lol. send me a pic of ur working for q8 just so i can see how u set it out"},
    {"sender": "Sami", "text": "[photo]"},
    {"sender": "Archie", "text": "got it. u want my chem notes from monday"},
    {"sender": "Sami", "text": "yes pls i was off"},
    {"sender": "Archie", "text": "[photo] [photo] [photo]"},
    {"sender": "Sami", "text": "ur handwriting is a crime"},
    {"sender": "Archie", "text": "its a gift"}
  ],
  "labels": [],
  "evasion": False
},
# ---------------------------------------------------------------- P1-C14 drama club group, teacher + pupils, hyperbole
{
  "participants": [{"id": "ms_adebayo", "role": "adult"}, {"id": "jude", "role": "child"}, {"id": "hattie", "role": "child"}, {"id": "carys", "role": "child"}, {"id": "ollie_p", "role": "child"}],
  "messages": [
    {"sender": "ms_adebayo", "text": "Reminder: full dress rehearsal tomorrow 3.30-6 in the main hall. Parents collect from the front entrance at 6."},
    {"sender": "jude", "text": "miss do we need our costumes or are they at school"},
    {"sender": "ms_adebayo", "text": "Costumes are on the rail in the drama studio, labelled with your names."},
    {"sender": "hattie", "text": "i still dont know my act 2 lines i'm going to die"},
    {"sender": "carys", "text": "same. if i forget the monologue in front of everyone just bury me"},
    {"sender": "ollie_p", "text": "ur going to kill it dont worry"},
    {"sender": "ms_adebayo", "text": "Nobody is dying! Run your lines with a partner tonight, 20 minutes is plenty."},
    {"sender": "jude", "text": "hattie wanna facetime and run them at 7"},
    {"sender": "hattie", "text": "yes pls"},
    {"sender": "carys", "text": "miss can my gran come to the friday show, she doesn't have a ticket"},
    {"sender": "ms_adebayo", "text": "Yes, tickets are still on sale at the school office, or your parent can buy them on the school payments app."},
    {"sender": "ollie_p", "text": "break a leg everyone (not literally)"},
    {"sender": "hattie", "text": "the fight scene is the only way i'll break a leg lol"},
    {"sender": "ms_adebayo", "text": "Which is why we walk through it slowly again tomorrow. Safety first. See you all at 3.30!"},
    {"sender": "jude", "text": "thanks miss"}
  ],
  "labels": [],
  "evasion": False
},
# ---------------------------------------------------------------- P1-C15 same-age online game friend, child refuses personal details
{
  "messages": [
    {"sender": "ZoomZoom_12", "text": "gg that was close"},
    {"sender": "milly_k", "text": "gg! ur really good at the racing maps"},
    {"sender": "ZoomZoom_12", "text": "thx i play with my brother all the time"},
    {"sender": "milly_k", "text": "how old is he"},
    {"sender": "ZoomZoom_12", "text": "9 im 12. u?"},
    {"sender": "milly_k", "text": "12 as well"},
    {"sender": "ZoomZoom_12", "text": "cool. what school do u go to"},
    {"sender": "milly_k", "text": "not telling lol my mum says dont say that stuff on games"},
    {"sender": "ZoomZoom_12", "text": "fair my mum says that too. she checks my friends list"},
    {"sender": "milly_k", "text": "same"},
    {"sender": "ZoomZoom_12", "text": "wanna race again tomorrow"},
    {"sender": "milly_k", "text": "ok but only after tea, i'm only allowed on 6 till 7"},
    {"sender": "ZoomZoom_12", "text": "same lol. see u on the lava track"},
    {"sender": "milly_k", "text": "ur going down"},
    {"sender": "ZoomZoom_12", "text": "never"}
  ],
  "labels": [],
  "evasion": False
},
# ---------------------------------------------------------------- P1-C16 marketplace app, genuine sale with dad meeting buyer
{
  "participants": [{"id": "seller_theo", "role": "child"}, {"id": "buyer_karen", "role": "adult"}],
  "messages": [
    {"sender": "buyer_karen", "text": "Hi, is the blue bike still available? It'd be for my son, he's 10."},
    {"sender": "seller_theo", "text": "hi yes it is. i've grown out of it"},
    {"sender": "buyer_karen", "text": "Great. Any problems with it? Brakes OK?"},
    {"sender": "seller_theo", "text": "brakes are fine, the back tyre got a new tube in may. small scratch on the frame [photo]"},
    {"sender": "buyer_karen", "text": "That looks fine. Would you take £60?"},
    {"sender": "seller_theo", "text": "i'll ask my dad, it's his account really"},
    {"sender": "seller_theo", "text": "he says £65 and its yours"},
    {"sender": "buyer_karen", "text": "Deal. Where can we collect?"},
    {"sender": "seller_theo", "text": "my dad says meet at the leisure centre car park on Saturday at 11, he'll be there with me"},
    {"sender": "buyer_karen", "text": "Perfect, I'll bring cash."},
    {"sender": "seller_theo", "text": "ok. my dad's number is 07700 900561 if u're running late"},
    {"sender": "buyer_karen", "text": "Thanks. I'll message him on Saturday morning."},
    {"sender": "seller_theo", "text": "cool see u then"},
    {"sender": "buyer_karen", "text": "We're here, grey estate car by the bottle bank."},
    {"sender": "seller_theo", "text": "coming now"},
    {"sender": "buyer_karen", "text": "Thanks both, he loves it!"}
  ],
  "labels": [],
  "evasion": False
}
]
