"""Rounds ten to thirteen of fresh phrasings (session 10), the families three new writers' sets
showed missing, each scored blind first:

- round 10, tests/data/blind17/ (what a child shows a parent): nudifying apps described but
  not named, a year group's "edited ones" traded, railway, fire and shoplifting dares, mule
  texts that ask to forward payments, controllers watching "the dot", "or the first one goes
  to", accounts made in a child's name, carrying without looking, emoji county lines;
- round 11, tests/data/blind18/ (long group chats as a platform sees them): school-age
  folders swapped, a classmate's picture sold "each", pictures of friends getting changed,
  roof and hit-a-stranger dares, humiliating videos threatened, fake accounts reported, "the
  pic you sent me" threatened, men who "pay girls for company", trackers with threats,
  contact that will not stop, "it deletes", coins moved through a child's account, dates of
  birth;
- round 12, tests/data/blind19/ (children telling a friend, a brother, a youth worker or a
  helpline): location kept on for someone, debts for a lost bag, a package kept at home,
  money through a child's bank, "dates" set up with men, cover stories, knock-out and height
  dares, group exclusion, "friends and family" payments, log-ins on a giveaway page, identity
  details asked by text, pictures held over a child;
- round 13, tests/data/blind20/ (younger children, children's games): eating from under the
  sink, being made to carry, "one more, the same kind", parcels on hold for postage, live
  location on for anyone, "don't bother sitting with us".

Their evasions, and benign look-alikes. Pattern-level and non-explicit."""

from __future__ import annotations

from recall_helpers import quiet_rules_test, recall_tests

POSITIVES: list[tuple[str, str]] = [
    # round 10
    ("csam", "has anyone got that ai app that does the clothes thing"),
    ("csam", "someone edited my picture with that undress thing"),
    ("csam", "selling a folder of year 8 girls, edited ones, the private kind"),
    ("csam", "any photos from your sleepover you didnt post? just for me"),
    ("csam", "bedtime ones in your pyjamas, 300 robux for each picture"),
    ("harmful_challenge", "first to sit on the railway tracks till the horn wins"),
    ("harmful_challenge", "dare you to set fire to the bins behind the shop"),
    ("harmful_challenge", "steal something from the corner shop and film it"),
    ("harmful_challenge", "whoever pushes the trolley into the road first"),
    ("money_mule", "you just receive money into your account and then forward it to us"),
    ("location_control", "your find my better stay on this time"),
    ("location_control", "if your dot goes off we come round yours, we know where you live"),
    ("sextortion", "send it or the other pics go round the whole year"),
    ("identity_theft", "we made you a new insta, your face your name"),
    ("cyberbullying", "screenshot her dms and put them on the year chat"),
    ("unwanted_contact", "who even is this, how did you get my snap"),
    ("scam", "before we can release your prize you need to pay the £3 fee"),
    ("criminal_exploitation", "police wont search a kid, you will be fine"),
    ("criminal_exploitation", "dont worry about whats in the bag, just drop it to my guy"),
    ("criminal_exploitation", "keep at it and you can have your own line"),
    ("cyberbullying", "half the school has seen the video, they keep sharing it"),
    ("unwanted_contact", "why are you sending me these"),
    # round 11
    ("csam", "anyone got the link with the younger girls, will swap for my collection"),
    ("csam", "got her pic, £3 each and ill send it after school"),
    ("csam", "send pics from when they were all getting changed for pe"),
    ("harmful_challenge", "backflip off the shed roof or you are out"),
    ("harmful_challenge", "go up to some random person and slap them, film it"),
    ("cyberbullying", "do it or im sharing that video of you crying on the bus"),
    ("cyberbullying", "rate her new haircut out of 10 lol"),
    ("identity_theft", "there is an account with my photos and my name messaging people"),
    ("sextortion", "i will forward those pics you sent me to your whole class"),
    ("sex_trafficking", "these men pay young girls just for company, you would earn loads"),
    ("sex_trafficking", "they like them younger, dont worry"),
    ("location_control", "keep it on so i can track you the whole time"),
    ("unwanted_contact", "some man messaged her 20 times today"),
    ("sexting", "send it, its just snap it deletes"),
    ("money_mule", "the money needs moving about a bit through yours"),
    ("privacy_disclosure", "my dob is 02/07/2012"),
    ("self_harm", "i am going to die tonight, i cant do this anymore"),
    # round 12
    ("location_control", "she makes me keep my snap map on all the time"),
    ("criminal_exploitation", "they keep saying i owe them because the package got robbed"),
    ("criminal_exploitation", "he wants me to hide a bag under my bed for his mate"),
    ("money_mule", "they put 500 quid into my account and told me to send it on"),
    ("sex_trafficking", "he arranges meets with older men and they pay him"),
    ("sex_trafficking", "you just have to be nice to them, they get paid and so do you"),
    ("grooming", "tell your mum you are staying at a friends"),
    ("harmful_challenge", "knock someone out and film it for the page"),
    ("harmful_challenge", "whoever jumps off the cliff wins"),
    ("cyberbullying", "lets start a group chat without jade"),
    ("scam", "pay by friends and family only, no protection needed"),
    ("identity_theft", "login with your email and password to claim the reward"),
    ("identity_theft", "please verify your date of birth and national insurance number"),
    ("scam", "free robux giveaway, first 50 people claim now"),
    ("sextortion", "he keeps saying that unless i send more he will post my picture"),
    ("sexting", "he kept asking for pictures so i sent some"),
    ("csam", "send a picture of your little sister, the private ones"),
    # round 13
    ("harmful_challenge", "dare you to drink something out of the cleaning cupboard"),
    ("criminal_exploitation", "they make me hold stuff for them after school"),
    ("sexting", "send another one like the last one"),
    ("sexting", "i only sent it because he kept asking"),
    ("scam", "your package is held, unpaid customs charge of £2.99, pay here"),
    ("privacy_disclosure", "location on so anyone can find me, im at the park"),
    ("cyberbullying", "dont even bother coming tomorrow"),
    ("csam", "the ai undressed her pic, looks real"),
    ("money_mule", "we use your bank account to receive payments and you send them on"),
    ("scam", "free robux generator, just enter your username"),
]

EVASIONS: list[tuple[str, str]] = [
    # round 10
    ("csam", "the und.ress one, you know"),
    ("csam", "n u d 1 f y her pic"),
    ("harmful_challenge", "n1ck sumthing from the shop w/out p4ying n f1lm it"),
    ("criminal_exploitation", "take a \U0001f392 to my bro, bit of \U0001f343, easy money"),
    ("cyberbullying", "ur s0 ug1y"),
    # round 11
    ("harmful_challenge", "cl1mb onto the g4rage r00f and f1lm it"),
    ("sextortion", "ill s3nd that p1c u sent me to ur dad"),
    ("csam", "the m3ga with the sch00l g1rls"),
    # round 12
    ("criminal_exploitation", "u w0rk 4 me n0w"),
    ("location_control", "he m4kes me keep my l0cation on"),
    ("sex_trafficking", "stay the \U0001f319 & keep em company, \U0001f4b7 for it"),
    # round 13
    ("harmful_challenge", "3at s0mething fr0m under the s1nk"),
]

NEGATIVES: list[tuple[str, str]] = [
    # round 10
    ("csam", "the news said the undress apps are getting banned"),
    ("csam", "got a folder of year 9 girls football team photos for the newsletter"),
    ("csam", "pyjama day on friday, bring a pound for charity"),
    ("harmful_challenge", "the train was late because someone was on the tracks, police said"),
    ("harmful_challenge", "can you put the bins out tonight"),
    ("harmful_challenge", "in gta you can set fire to the cars"),
    ("harmful_challenge", "i walked out without paying by accident and went back and paid"),
    ("money_mule", "never give your card details to anyone, even if they say they are the bank"),
    ("location_control", "we will never ask you to share your pin or passwords"),
    ("location_control", "find my stays on till you are home safe love xx"),
    ("identity_theft", "whats the password for the history padlet, miss said its on the board"),
    ("identity_theft", "we made you a new account for the club website, password on the letter"),
    ("self_harm", "*draws sword* you will die by my blade, knight"),
    ("sextortion", "send your entry by friday or the first one goes to the yearbook vote"),
    ("unwanted_contact", "oh hi, how did you get my number lol, was it mum"),
    ("criminal_exploitation", "police dont stop kids on bikes on the pavement"),
    ("cyberbullying", "everyone in my year has seen the trailer, they keep sending it"),
    # round 11
    ("csam", "year 9 age group football trials on saturday"),
    ("csam", "i will swap it for your collection of pokemon cards"),
    ("csam", "pictures from when we were all getting changed into fancy dress for the play"),
    ("harmful_challenge", "dad had to climb on the roof to fix the gutter"),
    ("harmful_challenge", "in gta you walk up to a random person and punch them"),
    ("sextortion", "i will send that pic you sent me to your mum, the holiday one, so she can see"),
    ("sex_trafficking", "the scouts like younger players on the team"),
    ("location_control", "send me the location of the new pitch"),
    ("location_control", "share your live location with me till you are home, second date nerves"),
    ("unwanted_contact", "mum texted me 10 times last night lol"),
    ("self_harm", "fine. sent. i am going to die lol"),
    ("identity_theft", "for referencing i need a copy of your passport, right to rent check"),
    ("scam", "never send card details over chat, just bank transfer me after"),
    # round 12
    ("location_control", "my mum makes me keep my location on till i get home safe"),
    ("criminal_exploitation", "you work for me now, the paper round starts monday, my dad said"),
    ("money_mule", "dad put my birthday money in my bank and told me to send it to nan"),
    ("sex_trafficking", "my aunt sets up dates with men on a dating app lol"),
    ("sex_trafficking", "stay the night and keep nan company, she gets lonely"),
    ("grooming", "its a surprise party, tell your mum you are at a mates so she does not guess"),
    ("harmful_challenge", "highest selfie score in the game wins lol"),
    ("cyberbullying", "making a new gc without millie to plan her surprise birthday"),
    ("scam", "just pick friends and family, im paying you back for the pizza"),
    ("sexting", "she asked for a pic of my haircut and i sent one"),
    ("cyberbullying", "ur dead bro im coming for u, gg run it back"),
    # round 13
    ("harmful_challenge", "never eat something from under the sink, the doctor said"),
    ("criminal_exploitation", "mum makes me carry the shopping from the car"),
    ("sexting", "send one more of the dog, the same kind as before"),
    ("scam", "your parcel is on hold at the post office counter, nothing to pay"),
    ("cyberbullying", "dont bother coming, its cancelled because of the rain"),
    ("self_harm", "i want to disappear under my duvet till the homework is done"),
    ("privacy_disclosure", "on the bus, 5 mins, sharing my live loc so u can see where r u"),
]

# Where an older rule already reads the text (below reporting strength, or a look-alike of a
# sort code), the new rule's own context words must keep it from adding to it.
QUIET_RULES: list[tuple[str, str]] = [
    # round 10
    ("do_not_open_what_you_carry", "do not open it till your birthday, its a surprise"),
    ("bag_to_my_bro", "can you take this bag to my brother, he forgot his pe kit"),
    ("bag_to_my_bro", "my dad has to run a line on saturday, hes the linesman"),
    # round 11
    ("humiliating_video_threat", "can i post the vid of u falling in the snow on close friends?"),
    ("date_of_birth_given", "the passport expires 14/03/2016"),
    # round 12
    ("keep_a_package_at_mine", "my cousin asked me to hide a parcel at mine, a birthday present"),
    ("height_selfie_dares", "whoever jumps off the top ledge at the swimming pool wins"),
]


test_fresh_phrasing_is_recognised, test_benign_look_alike_stays_quiet = recall_tests(
    POSITIVES + EVASIONS, NEGATIVES
)
test_new_rule_is_lowered_by_its_context = quiet_rules_test(QUIET_RULES)
