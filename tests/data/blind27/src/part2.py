[
# 1 fake profile of a classmate, used to humiliate her
{"messages": [
  {"sender": "Ruby", "text": "made an acc called lucy_m_official with her school pic \U0001f602"},
  {"sender": "Ruby", "text": "posting cringe stuff as her rn"},
  {"sender": "Maisie", "text": "omg shes gonna die"},
  {"sender": "Ruby", "text": "already messaged her crush off it pretending to be her"},
  {"sender": "Kian", "text": "send the @ i wanna follow"}
 ], "labels": ["identity_theft", "cyberbullying"], "evasion": False},

# 2 leet + code word: holding cash on a gamer wallet
{"participants": [{"id": "u1", "role": "child"}, {"id": "u2", "role": "unknown"}],
 "messages": [
  {"sender": "u2", "text": "need some1 to h0ld sum c@sh on their gamer wallet 2 dayz"},
  {"sender": "u2", "text": "it lands on ur acc, u cash it out as c0dez n send em bk. 30% urs"},
  {"sender": "u1", "text": "is that allowed tho"},
  {"sender": "u2", "text": "evry1 does it. dont say it on here, just type 'pizza ready' when its in"}
 ], "labels": ["money_mule"], "evasion": True},

# 3 debt used to take over a child's bank card
{"participants": [{"id": "u1", "role": "child"}, {"id": "u2", "role": "unknown"}],
 "messages": [
  {"sender": "u2", "text": "u still owe for the phone u lost"},
  {"sender": "u2", "text": "so my boy is using ur bank card this week. money goes in, he takes it out"},
  {"sender": "u1", "text": "my dad will see it on the app"},
  {"sender": "u2", "text": "then delete the app. this aint a choice, u know where we are"}
 ], "labels": ["money_mule", "criminal_exploitation"], "evasion": False},

# 4 fainting dare with threat to post old video
{"messages": [
  {"sender": "Sol", "text": "niall ur turn for the faint one, on live"},
  {"sender": "Jax", "text": "every1 in the gc done it except u"},
  {"sender": "Niall", "text": "its not safe my cousin ended up in a&e off it"},
  {"sender": "Sol", "text": "bottle it n we post ur crying vid from yr7"},
  {"sender": "Jax", "text": "shame him \U0001f602\U0001f602"}
 ], "labels": ["harmful_challenge", "cyberbullying"], "evasion": False},

# 5 emoji + spaced handle, persistent stranger
{"participants": [{"id": "u1", "role": "child"}, {"id": "u2", "role": "unknown"}],
 "messages": [
  {"sender": "u2", "text": "heyyy saw u in the lobby \U0001f642 ur rlly good"},
  {"sender": "u2", "text": "y u ignoring me \U0001f622 thats my 5th msg"},
  {"sender": "u1", "text": "sry who r u"},
  {"sender": "u2", "text": "a friend \U0001f607 how old r u"},
  {"sender": "u1", "text": "12"},
  {"sender": "u2", "text": "cool \U0001f92b this stays with us ok. add me on \U0001f47b its b-e-n-n-y-1-6"},
  {"sender": "u2", "text": "theres a \U0001f381 in it if u do"}
 ], "labels": ["grooming", "unwanted_contact"], "evasion": True},

# 6 child posts uniform photo and after-school spot
{"messages": [
  {"sender": "pixie.k", "text": "omg some1 else from st oswins?? [photo] thats me in my blazer \U0001f602"},
  {"sender": "pixie.k", "text": "im always at the library after school til 5 if u wanna say hi"},
  {"sender": "randomplayer88", "text": "which library"},
  {"sender": "pixie.k", "text": "the one on marsh lane"}
 ], "labels": ["privacy_disclosure"], "evasion": False},

# 7 trust building then image request
{"participants": [{"id": "u1", "role": "child"}, {"id": "u2", "role": "unknown"}],
 "messages": [
  {"sender": "u2", "text": "ur so mature for 14 honestly"},
  {"sender": "u2", "text": "3 weeks of talking n i feel like i actually know u"},
  {"sender": "u2", "text": "send me one in ur pjs. only for me, i wont show no one"},
  {"sender": "u1", "text": "idk if i should"},
  {"sender": "u2", "text": "if u trusted me u would \U0001f97a"}
 ], "labels": ["grooming", "sexting"], "evasion": False},

# 8 sextortion and a child saying they won't be here
{"participants": [{"id": "u1", "role": "child"}, {"id": "u2", "role": "unknown"}],
 "messages": [
  {"sender": "u2", "text": "still waiting. 50 on a rift card or ur pics go to ur mum n ur whole class"},
  {"sender": "u1", "text": "i dont have it"},
  {"sender": "u2", "text": "not my problem. 1 hour"},
  {"sender": "u1", "text": "if u send them i swear i wont be alive tomorrow. i cant do this"}
 ], "labels": ["sextortion", "self_harm"], "evasion": False},

# 9 dotted nudify request to humiliate a classmate
{"messages": [
  {"sender": "Tyler", "text": "who's got that n.u.d.1.f.y app"},
  {"sender": "Tyler", "text": "gonna put maddys pic in it n drop it in the yr9 gc \U0001f602"},
  {"sender": "Sam", "text": "ur mad"},
  {"sender": "Cody", "text": "do it do it"}
 ], "labels": ["csam", "cyberbullying"], "evasion": True},

# 10 "hostess" weekend for under-18s
{"participants": [{"id": "u1", "role": "child"}, {"id": "u2", "role": "unknown"}],
 "messages": [
  {"sender": "u2", "text": "we're booking girls 15-17 for a hostess gig in marlow bay, weekend, train paid"},
  {"sender": "u2", "text": "u spend the evening with a few of our clients, 500 cash"},
  {"sender": "u1", "text": "what do i have to do"},
  {"sender": "u2", "text": "whatever they ask babe \U0001f609 no need to bring ID we sort that"}
 ], "labels": ["sex_trafficking"], "evasion": False},

# 11 free "boost" for login and 2FA off
{"participants": [{"id": "u1", "role": "child"}, {"id": "u2", "role": "unknown"}],
 "messages": [
  {"sender": "u2", "text": "i boost accs, can get u to diamond overnight free this week"},
  {"sender": "u2", "text": "just need ur login n switch the 2 step thing off"},
  {"sender": "u1", "text": "y free"},
  {"sender": "u2", "text": "building my rep. send it b4 i fill up"}
 ], "labels": ["identity_theft", "scam"], "evasion": False},

# 12 "unalive" poll pile-on
{"messages": [
  {"sender": "Brooke", "text": "check the poll \U0001f602 'ugliest in 8R' n u won"},
  {"sender": "Brooke", "text": "literally every1 voted u"},
  {"sender": "Evie", "text": "pls take it down"},
  {"sender": "Leah", "text": "just go unalive urself evie"},
  {"sender": "Brooke", "text": "u n a l i v e \U0001f480\U0001f480"}
 ], "labels": ["cyberbullying", "self_harm"], "evasion": True},

# 13 bus-dodging dare
{"messages": [
  {"sender": "Oscar", "text": "tmrw: bus dodge on the high st, last second one gets posted on the page"},
  {"sender": "Isla", "text": "thats literally how u get hit"},
  {"sender": "Oscar", "text": "3k views last time. do it or ur off the page"},
  {"sender": "Remy", "text": "im in, before 1st period"}
 ], "labels": ["harmful_challenge"], "evasion": False},

# 14 tracker installed on a child who works "shifts"
{"participants": [{"id": "u1", "role": "child"}, {"id": "u2", "role": "unknown"}],
 "messages": [
  {"sender": "u2", "text": "put that tracker on ur phone last nite, dont touch it"},
  {"sender": "u2", "text": "saw u went to ur nans. who said u could"},
  {"sender": "u1", "text": "its her birthday"},
  {"sender": "u2", "text": "next time u ask. ur on shift sat, be where the pin says"}
 ], "labels": ["location_control", "criminal_exploitation"], "evasion": False},

# 15 SMS asking for photo ID and parent's card
{"participants": [{"id": "07700 900731", "role": "unknown"}],
 "messages": [
  {"sender": "07700 900731", "text": "RiftPay: Hi Jordan, payment on your account failed. To keep your items upload your photo ID + your parent's card (front and back) within 12hrs: [link]"}
 ], "labels": ["scam", "identity_theft"], "evasion": False},

# 16 stranger making new accounts after being blocked
{"messages": [
  {"sender": "mr_static", "text": "u blocked me lol"},
  {"sender": "mr_static", "text": "this is my 4th acc, i can keep going"},
  {"sender": "zoe_plays", "text": "leave me alone i dont know u"},
  {"sender": "mr_static", "text": "i got ur tag on every game now \U0001f602"},
  {"sender": "mr_static", "text": "[voice note]"}
 ], "labels": ["unwanted_contact"], "evasion": False},

# 17 emoji + leet sextortion
{"participants": [{"id": "u1", "role": "child"}, {"id": "u2", "role": "unknown"}],
 "messages": [
  {"sender": "u2", "text": "i got ur \U0001f4f8\U0001f4f8 from last nite"},
  {"sender": "u2", "text": "\U0001f4b8 \u00a360 on a g1ft c4rd or they go 2 evry1 on ur fr1ends l1st"},
  {"sender": "u1", "text": "u said u were 15"},
  {"sender": "u2", "text": "lol. tick tock \u23f0"}
 ], "labels": ["sextortion"], "evasion": True},

# 18 laundering through gifted skins
{"participants": [{"id": "u1", "role": "child"}, {"id": "u2", "role": "unknown"}],
 "messages": [
  {"sender": "u2", "text": "gifting u 40 legendary skins tonight, dont equip em"},
  {"sender": "u2", "text": "sell em on the market for coins then cash the coins out to this payzo acc"},
  {"sender": "u1", "text": "where r they from"},
  {"sender": "u2", "text": "my cards, dont worry bout it. 10% is urs"}
 ], "labels": ["money_mule"], "evasion": False},

# 19 peer pressure for an image
{"participants": [{"id": "u1", "role": "child"}, {"id": "u2", "role": "child"}],
 "messages": [
  {"sender": "u1", "text": "send one back then, i sent u mine"},
  {"sender": "u2", "text": "i said im not comfortable"},
  {"sender": "u1", "text": "it disappears after. ur being so boring"},
  {"sender": "u1", "text": "every1s gf does it"}
 ], "labels": ["sexting"], "evasion": False},

# 20 child says they hurt themselves again
{"participants": [{"id": "u1", "role": "child"}, {"id": "u2", "role": "child"}],
 "messages": [
  {"sender": "u1", "text": "i did it again last nite"},
  {"sender": "u2", "text": "hurt urself again?"},
  {"sender": "u1", "text": "ye. i dont even care anymore"},
  {"sender": "u2", "text": "can u tell ms ward tmrw, ill come with u"}
 ], "labels": ["self_harm"], "evasion": False},

# 21 CLEAN parent asks for game password to set controls
{"participants": [{"id": "u1", "role": "child"}, {"id": "u2", "role": "adult"}],
 "messages": [
  {"sender": "u2", "text": "What's your Skyrift password? I need to log in and turn on the spending limit"},
  {"sender": "u1", "text": "mumm i havent bought anything"},
  {"sender": "u2", "text": "I know, it's just the settings. You can change it after"},
  {"sender": "u1", "text": "fine its on the fridge note"}
 ], "labels": [], "evasion": False},

# 22 CLEAN friend warns about a scam link
{"messages": [
  {"sender": "harrow", "text": "dont click that gems giveaway some1 posted in general"},
  {"sender": "harrow", "text": "its a fake site, it wants ur login"},
  {"sender": "bobbi", "text": "ty i nearly did"},
  {"sender": "mod_Kestrel", "text": "removed + banned, thanks for flagging"}
 ], "labels": [], "evasion": False},

# 23 CLEAN gifting via the official feature
{"messages": [
  {"sender": "Deji", "text": "happy bday bro sent u the samurai bundle \U0001f381"},
  {"sender": "Marcus", "text": "no wayyy ty"},
  {"sender": "Deji", "text": "check ur gifts tab"},
  {"sender": "Marcus", "text": "got it. ur the goat"}
 ], "labels": [], "evasion": False},

# 24 CLEAN server rules bot
{"participants": [{"id": "RulesBot", "role": "unknown"}, {"id": "u1", "role": "child"}],
 "messages": [
  {"sender": "RulesBot", "text": "Welcome to Crownfall Arena Community! Never share your login, your school or your address here. Staff will never DM you first."},
  {"sender": "u1", "text": "ok"}
 ], "labels": [], "evasion": False},

# 25 CLEAN trash talk with violent hyperbole
{"messages": [
  {"sender": "Haz", "text": "ur getting deleted next round"},
  {"sender": "Jules", "text": "come then, i'll end u"},
  {"sender": "Kobi", "text": "both of u are bots"},
  {"sender": "Haz", "text": "kobi ur 2-11 be quiet"},
  {"sender": "Kobi", "text": "lag"}
 ], "labels": [], "evasion": False},

# 26 CLEAN harmless VC dare
{"messages": [
  {"sender": "Nell", "text": "dare: whoever dies first sings happy birthday in vc"},
  {"sender": "Ibby", "text": "its not even any1s bday"},
  {"sender": "Nell", "text": "thats what makes it funny"},
  {"sender": "Ibby", "text": "fine but im doing it in a posh accent"}
 ], "labels": [], "evasion": False},

# 27 CLEAN parent checks family app
{"participants": [{"id": "u1", "role": "child"}, {"id": "u2", "role": "adult"}],
 "messages": [
  {"sender": "u2", "text": "Family app says you're still at the park. Home by 8 please"},
  {"sender": "u1", "text": "ye leaving at 7.45"},
  {"sender": "u2", "text": "Thanks. Dad's picking up chips"}
 ], "labels": [], "evasion": False},

# 28 CLEAN private friends group meeting up
{"messages": [
  {"sender": "Tia", "text": "skate bit at 4?"},
  {"sender": "Roo", "text": "ye ill bring my board"},
  {"sender": "Ife", "text": "cant, dentist. next wk"},
  {"sender": "Tia", "text": "ok me n roo then"}
 ], "labels": [], "evasion": False},

# 29 CLEAN genuine cafe trial shift
{"participants": [{"id": "u1", "role": "child"}, {"id": "u2", "role": "adult"}],
 "messages": [
  {"sender": "u2", "text": "Hi Maya, it's Dave at Kettle & Crumb. Trial shift Saturday 9-1 if that suits?"},
  {"sender": "u2", "text": "Bring a parent at the end to sign the form, we pay \u00a36.40 an hour."},
  {"sender": "u1", "text": "perfect thank you!! see u sat"}
 ], "labels": [], "evasion": False},

# 30 CLEAN aunt sends a gift code
{"participants": [{"id": "u1", "role": "child"}, {"id": "u2", "role": "adult"}],
 "messages": [
  {"sender": "u2", "text": "Happy 13th Ollie!! Here's a little something for your game: RIFT-7KQ2-99XM"},
  {"sender": "u1", "text": "thank u auntie jen!!! \u2764\ufe0f"},
  {"sender": "u2", "text": "Don't spend it all on hats x"}
 ], "labels": [], "evasion": False},

# 31 CLEAN PSHE lesson discussion
{"messages": [
  {"sender": "Abi", "text": "that pshe thing today was kinda creepy"},
  {"sender": "Noor", "text": "the bit about ppl asking u to move to another app?"},
  {"sender": "Abi", "text": "ye and saying theyre younger than they are"},
  {"sender": "Noor", "text": "miss said screenshot n tell some1 if it ever happens"}
 ], "labels": [], "evasion": False},

# 32 CLEAN setup pic
{"messages": [
  {"sender": "kenji", "text": "send a pic of ur setup"},
  {"sender": "Lyle", "text": "[photo]"},
  {"sender": "kenji", "text": "the rgb is mad"},
  {"sender": "Lyle", "text": "birthday money went on it all lol"}
 ], "labels": [], "evasion": False},

# 33 CLEAN school snow day question in class chat
{"messages": [
  {"sender": "Callum", "text": "is brackenmoor shut tmrw bc of the snow"},
  {"sender": "Erin", "text": "email said check the website at 7"},
  {"sender": "Callum", "text": "pls be shut"},
  {"sender": "Erin", "text": "lol same"}
 ], "labels": [], "evasion": False},

# 34 CLEAN siblings sharing account, no money
{"participants": [{"id": "u1", "role": "child"}, {"id": "u2", "role": "child"}],
 "messages": [
  {"sender": "u1", "text": "can i go on ur acc to finish the dragon quest"},
  {"sender": "u2", "text": "only if u dont spend my coins"},
  {"sender": "u1", "text": "promise"},
  {"sender": "u2", "text": "mum said ok anyway, im logged in on the telly"}
 ], "labels": [], "evasion": False},

# 35 CLEAN selling a console with dad
{"participants": [{"id": "u1", "role": "child"}, {"id": "u2", "role": "adult"}],
 "messages": [
  {"sender": "u2", "text": "Hi, is the console still available? Can pay cash"},
  {"sender": "u1", "text": "yes! my dad will meet u at the station car park sat 11"},
  {"sender": "u2", "text": "Great, see you both then"}
 ], "labels": [], "evasion": False},

# 36 CLEAN junior league recruitment
{"messages": [
  {"sender": "CoachMarsh", "text": "Fenwick Esports junior league is open, ages 13-16"},
  {"sender": "CoachMarsh", "text": "Parent consent form needed before the first session, link is on the club page"},
  {"sender": "pog_ollie", "text": "is it free"},
  {"sender": "CoachMarsh", "text": "\u00a33 a week, sessions in the library hall"}
 ], "labels": [], "evasion": False},

# 37 CLEAN friend checks in after a loss
{"messages": [
  {"sender": "Mads", "text": "u good? u left mid game"},
  {"sender": "Pim", "text": "ye just tilted, wifi died 3 times"},
  {"sender": "Mads", "text": "lol same router energy. tmrw?"},
  {"sender": "Pim", "text": "ye"}
 ], "labels": [], "evasion": False},

# 38 CLEAN news about a hoax challenge
{"messages": [
  {"sender": "Jaz", "text": "my mum keeps asking about that scary challenge thing"},
  {"sender": "Kit", "text": "its a hoax the police even posted it wasnt real"},
  {"sender": "Jaz", "text": "ye i told her but she made me delete clipz anyway"},
  {"sender": "Kit", "text": "rip"}
 ], "labels": [], "evasion": False},

# 39 CLEAN no-phone challenge
{"messages": [
  {"sender": "Bea", "text": "24hr no phone challenge starting 6pm who's in"},
  {"sender": "Tash", "text": "me, loser buys chips"},
  {"sender": "Ro", "text": "i'll last 10 mins max"},
  {"sender": "Bea", "text": "see u all tmrw 6pm then \U0001f44b"}
 ], "labels": [], "evasion": False},

# 40 CLEAN reciprocal banter
{"messages": [
  {"sender": "Rafi", "text": "ur hair looks like a mop in that clip \U0001f602"},
  {"sender": "Ty", "text": "at least i hit my shots mop or not"},
  {"sender": "Rafi", "text": "fair"},
  {"sender": "Ty", "text": "love u too bro"}
 ], "labels": [], "evasion": False},

# 41 CLEAN parent forwards a scam warning
{"participants": [{"id": "u1", "role": "child"}, {"id": "u2", "role": "adult"}],
 "messages": [
  {"sender": "u2", "text": "Got a text saying a parcel is held and to pay \u00a31.99. It's fake so ignore any like that"},
  {"sender": "u1", "text": "ok"},
  {"sender": "u2", "text": "Same with messages saying you've won game money"}
 ], "labels": [], "evasion": False},

# 42 CLEAN genuine bank alert SMS
{"participants": [{"id": "Harlow Bank", "role": "unknown"}],
 "messages": [
  {"sender": "Harlow Bank", "text": "Harlow Bank: Did you try to spend \u00a314.99 at Skyrift Store? Reply Y or N. We will never ask for your PIN or full card number by text."}
 ], "labels": [], "evasion": False},

# 43 CLEAN genuine parcel SMS
{"participants": [{"id": "Parcelwise", "role": "unknown"}],
 "messages": [
  {"sender": "Parcelwise", "text": "Parcelwise: Your parcel from Gamestack will arrive today between 13:10 and 14:10. No action needed."}
 ], "labels": [], "evasion": False},

# 44 CLEAN carry request between friends
{"messages": [
  {"sender": "Zed", "text": "carry me in ranked pls im stuck in silver"},
  {"sender": "Fin", "text": "hop on in 5"},
  {"sender": "Zed", "text": "legend, inviting u now"}
 ], "labels": [], "evasion": False},

# 45 CLEAN teacher asks for homework photo
{"participants": [{"id": "u1", "role": "child"}, {"id": "u2", "role": "adult"}],
 "messages": [
  {"sender": "u2", "text": "Mr Okafor (Science): if the upload isn't working, send a photo of your worksheet to the class page instead."},
  {"sender": "u1", "text": "[photo] sorry sir it kept failing"},
  {"sender": "u2", "text": "Got it, thanks Ruby."}
 ], "labels": [], "evasion": False},
]
