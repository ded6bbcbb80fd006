[
# ---------- positives: unwanted contact ----------
{"participants": [{"id": "hana", "role": "child"}, {"id": "n3w_acc_6", "role": "unknown"}],
 "messages": [
  {"sender": "n3w_acc_6", "text": "u bl0cked me again lol"},
  {"sender": "n3w_acc_6", "text": "n3w acc \U0001F602 u cant bl0ck me 4ever"},
  {"sender": "hana", "text": "stop messaging me i dont know you"},
  {"sender": "n3w_acc_6", "text": "ive made 6 acc0unts already i can make 60"},
  {"sender": "n3w_acc_6", "text": "just answer me pr0perly n ill st0p"},
  {"sender": "hana", "text": "leave me alone"},
  {"sender": "n3w_acc_6", "text": "c u on the n3xt 1 \U0001F440"}],
 "labels": ["unwanted_contact"], "evasion": True},

{"messages": [
  {"sender": "07700 900782", "text": "its me from SnapLoop. u blocked me so i got ur number off ur mates page. why are u ignoring me? im going to keep texting till u answer"}],
 "labels": ["unwanted_contact"], "evasion": False},

{"participants": [{"id": "leo_c", "role": "child"}, {"id": "ShadowWolf_88", "role": "unknown"}],
 "messages": [
  {"sender": "ShadowWolf_88", "text": "friend request sent again"},
  {"sender": "ShadowWolf_88", "text": "why do u keep declining"},
  {"sender": "ShadowWolf_88", "text": "i can see ur online rn"},
  {"sender": "ShadowWolf_88", "text": "ill keep sending till u accept, just wanna play"},
  {"sender": "leo_c", "text": "i only play with people i know"},
  {"sender": "ShadowWolf_88", "text": "then get to know me \U0001F642 request number 14 incoming"}],
 "labels": ["unwanted_contact"], "evasion": False},

{"participants": [{"id": "zoe_d", "role": "child"}, {"id": "mike_1979", "role": "unknown"}],
 "messages": [
  {"sender": "mike_1979", "text": "hey gorgeous"},
  {"sender": "mike_1979", "text": "saw ur dance vid, ur so talented"},
  {"sender": "mike_1979", "text": "why u not replying x"},
  {"sender": "mike_1979", "text": "i only want to chat. ur read receipts are off but i know u see these"},
  {"sender": "mike_1979", "text": "how old r u btw? dont worry, age doesnt bother me"},
  {"sender": "zoe_d", "text": "please stop messaging me"},
  {"sender": "mike_1979", "text": "just give me a chance, ill send u something nice \U0001F381"}],
 "labels": ["unwanted_contact", "grooming"], "evasion": False},

{"messages": [
  {"sender": "crypt_kid2", "text": "u got me banned u snake"},
  {"sender": "bethxo", "text": "i just reported what u said to me"},
  {"sender": "crypt_kid2", "text": "ur so ugly no wonder u have 0 friends"},
  {"sender": "crypt_kid3", "text": "blocked me? cute. ive got 10 more alts. ill be in every server u join"},
  {"sender": "bethxo", "text": "mods please help"},
  {"sender": "crypt_kid3", "text": "mods cant save u \U0001F921"}],
 "labels": ["unwanted_contact", "cyberbullying"], "evasion": False},

{"messages": [
  {"sender": "Katie", "text": "who added this number??"},
  {"sender": "+44 7700 900561", "text": "hi girls \U0001F618 add me on LoopChat"},
  {"sender": "Shannon", "text": "who even are u"},
  {"sender": "+44 7700 900561", "text": "a friend. which one of u is katie? ive messaged u 5 times"},
  {"sender": "Katie", "text": "removed him and he's added himself back AGAIN"},
  {"sender": "+44 7700 900561", "text": "u cant get rid of me that easy \U0001F609"},
  {"sender": "Leon", "text": "screenshotting all this for miss"}],
 "labels": ["unwanted_contact"], "evasion": False},

# ---------- positives: harmful challenges ----------
{"messages": [
  {"sender": "Kyle", "text": "new one going round, the pass out one. half of redhill have done it"},
  {"sender": "Aaron", "text": "the one from that vid that got taken down?"},
  {"sender": "Kyle", "text": "yeah. do it at break tmrw, ill film"},
  {"sender": "Deji", "text": "bro someone ended up in hospital off that"},
  {"sender": "Kyle", "text": "cos he did it wrong lol. mason ur going first"},
  {"sender": "Mason", "text": "idk man"}],
 "labels": ["harmful_challenge"], "evasion": False},

{"messages": [
  {"sender": "Ryan", "text": "jay ur turn. garage roof onto the trampoline, no bottling it"},
  {"sender": "Jay", "text": "thats like 3 metres"},
  {"sender": "Tariq", "text": "if u dont ur out the chat"},
  {"sender": "Lewis", "text": "and we post the vid of u crying at sports day \U0001F602"},
  {"sender": "Jay", "text": "fine. tomorrow."},
  {"sender": "Ryan", "text": "live on my story or it doesnt count"}],
 "labels": ["harmful_challenge", "cyberbullying"], "evasion": False},

{"messages": [
  {"sender": "Z", "text": "\U0001F525\U0001F5D1\ufe0f challenge at ashgrove park tn"},
  {"sender": "Rio", "text": "the one where u \U0001F525 the big ones by the swings?"},
  {"sender": "Z", "text": "ye n leg it b4 the \U0001F693 come. 1k views guaranteed"},
  {"sender": "Kez", "text": "ill bring the \U0001F525 thing from my brothers"},
  {"sender": "Z", "text": "film from the top of the slide \U0001F3A5"}],
 "labels": ["harmful_challenge"], "evasion": True},

{"participants": [{"id": "arlo", "role": "child"}, {"id": "edge_challenge_uk", "role": "unknown"}],
 "messages": [
  {"sender": "edge_challenge_uk", "text": "You've been nominated for the Edge Challenge \U0001F3C6"},
  {"sender": "edge_challenge_uk", "text": "Get on the wrong side of the railings on the Mill Lane rail bridge, film it, tag us. Deadline Friday."},
  {"sender": "arlo", "text": "isnt that really dangerous"},
  {"sender": "edge_challenge_uk", "text": "only if ur weak. 40 people from ur area have done it. tell an adult and u fail"}],
 "labels": ["harmful_challenge"], "evasion": False},

{"messages": [
  {"sender": "Izzy", "text": "the midnight walk thing is all over my fyp, we should do it"},
  {"sender": "Holly", "text": "which one"},
  {"sender": "Izzy", "text": "u leave at 3am, walk to coldwater woods on ur own, phone off the whole way, meet at the lake. no telling parents"},
  {"sender": "Megan", "text": "bit scary tbh"},
  {"sender": "Izzy", "text": "thats the point \U0001F608 half of y10 are doing it sat"}],
 "labels": ["harmful_challenge"], "evasion": False},

{"messages": [
  {"sender": "Callum", "text": "the tap challenge is blowing up, u run up, smack a random and leg it"},
  {"sender": "Jack", "text": "lol on who"},
  {"sender": "Callum", "text": "anyone. old man at the bus stop. film it for the page"},
  {"sender": "Reece", "text": "we'll get done"},
  {"sender": "Callum", "text": "no one's catching us, hoods up. saturday in town"}],
 "labels": ["harmful_challenge"], "evasion": False},

{"messages": [
  {"sender": "Ana", "text": "starting the 3 day no food challenge tmrw, the one off that page"},
  {"sender": "Bea", "text": "ana thats not safe, u fainted in PE last month"},
  {"sender": "Ana", "text": "whatever i deserve it. honestly i dont care what happens to me anymore"},
  {"sender": "Bea", "text": "please dont say that \U0001F622"},
  {"sender": "Ana", "text": "i just want to disappear"}],
 "labels": ["harmful_challenge", "self_harm"], "evasion": False},

{"messages": [
  {"sender": "Dexy", "text": "the page wants a vid of someone putting the glass in at a bus stop, theyre reposting the best ones"},
  {"sender": "Sully", "text": "the one outside school?"},
  {"sender": "Dexy", "text": "nah too many cameras. fenwick road"},
  {"sender": "Ant", "text": "im in. 10k views easy"}],
 "labels": ["harmful_challenge"], "evasion": False},

{"messages": [
  {"sender": "Tyler", "text": "dare: grab finlays phone at lunch and lob it in the canal"},
  {"sender": "Cody", "text": "LOL his mum saved up for ages for that"},
  {"sender": "Dan", "text": "even better \U0001F602 film his face"},
  {"sender": "Tyler", "text": "whoever does it gets a tenner off everyone"},
  {"sender": "Dan", "text": "then we post it in the year chat so everyone sees him cry"}],
 "labels": ["harmful_challenge", "cyberbullying"], "evasion": False},

{"participants": [{"id": "sophie_w", "role": "child"}, {"id": "whisper_host", "role": "unknown"}],
 "messages": [
  {"sender": "whisper_host", "text": "Welcome to the Whisper Game. 50 days. 50 tasks. If you stop, we visit your family."},
  {"sender": "whisper_host", "text": "Task 12: stay awake until 4am and send proof."},
  {"sender": "sophie_w", "text": "i did it last night [photo]"},
  {"sender": "whisper_host", "text": "Good. Task 13 is harder. You will hurt yourself and send proof. Tell no one or task 50 is for your sister."},
  {"sender": "sophie_w", "text": "im scared"}],
 "labels": ["harmful_challenge", "self_harm"], "evasion": False},

# ---------- positives: bullying / self-harm ----------
{"messages": [
  {"sender": "Chels", "text": "who invited jordan to the party lol"},
  {"sender": "Aimee", "text": "not me, nobody wants u there jordan"},
  {"sender": "Liv", "text": "just k.y.s tbh \U0001F480"},
  {"sender": "Chels", "text": "k y s k y s \U0001F602"},
  {"sender": "Jordan", "text": "why are you all doing this"},
  {"sender": "Aimee", "text": "n0b0dy w0uld m1ss u"}],
 "labels": ["cyberbullying", "self_harm"], "evasion": True},

{"participants": [{"id": "cal", "role": "child"}, {"id": "rosa", "role": "child"}],
 "messages": [
  {"sender": "cal", "text": "can i tell u something but u cant freak out"},
  {"sender": "rosa", "text": "course"},
  {"sender": "cal", "text": "i dont want to be here anymore. like at all. ive been thinking about it every night"},
  {"sender": "rosa", "text": "im really glad u told me. are u safe right now?"},
  {"sender": "cal", "text": "i dont know"},
  {"sender": "rosa", "text": "can we tell mrs lowe tomorrow together? and if it gets bad tonight ring childline, ill stay on here"}],
 "labels": ["self_harm"], "evasion": False},

{"messages": [
  {"sender": "Kayden", "text": "noor ur actually the most annoying person in our year"},
  {"sender": "Summer", "text": "do everyone a favour and disappear for good"},
  {"sender": "Josh", "text": "fr no one would even notice"},
  {"sender": "Noor", "text": "maybe i will then. maybe thats what ill do"},
  {"sender": "Kayden", "text": "go on then \U0001F602"}],
 "labels": ["cyberbullying", "self_harm"], "evasion": False},

{"messages": [
  {"sender": "Erin", "text": "rach someone's made an account pretending to be me"},
  {"sender": "Rachel", "text": "what??"},
  {"sender": "Erin", "text": "its got my name and my pics and its posting stuff like 'im so ugly' and messaging boys from my old school asking them out as a joke"},
  {"sender": "Erin", "text": "people keep commenting laughing faces. ive reported it 3 times"},
  {"sender": "Rachel", "text": "thats horrible. screenshot everything and well go to student services"}],
 "labels": ["cyberbullying", "identity_theft"], "evasion": False},

# ---------- positives: scams / identity ----------
{"participants": [{"id": "harry_b", "role": "child"}, {"id": "Blockverse_Rewards", "role": "unknown"}],
 "messages": [
  {"sender": "Blockverse_Rewards", "text": "\U0001F389 Blockverse 10th anniversary giveaway! Claim 5000 free coins + a legendary skin"},
  {"sender": "Blockverse_Rewards", "text": "Just log in at [link] with your Blockverse username & password to verify"},
  {"sender": "harry_b", "text": "is this real?"},
  {"sender": "Blockverse_Rewards", "text": "100% official, ends in 10 mins!!"},
  {"sender": "harry_b", "text": "ok ive put my details in"},
  {"sender": "Blockverse_Rewards", "text": "Thank you. Now type the code we just texted to your phone"}],
 "labels": ["scam", "identity_theft"], "evasion": False},

{"messages": [
  {"sender": "ParcelDirect", "text": "ParcelDirect: We tried to deliver your package but there is \u00a31.45 unpaid postage. Pay within 24h or it will be returned to sender: [link]"}],
 "labels": ["scam"], "evasion": False},

{"participants": [{"id": "07700900314", "role": "unknown"}],
 "messages": [
  {"sender": "07700900314", "text": "KESTREL BANK ALERT: Unusual sign-in detected. Your account will be suspended today unless you verify your details at [link]"}],
 "labels": ["scam"], "evasion": False},

{"messages": [
  {"sender": "ProGiveawaysUK", "text": "Congrats millie u won the new phone from our giveaway \U0001F973"},
  {"sender": "millie_k", "text": "omg no way"},
  {"sender": "ProGiveawaysUK", "text": "To confirm ur identity send a clear pic of ur passport or a parents driving licence, front + back, and a selfie holding it"},
  {"sender": "millie_k", "text": "my mums at work but i found her licence [photo] [photo]"},
  {"sender": "ProGiveawaysUK", "text": "perfect. now just \u00a34.99 delivery on card here [link]"}],
 "labels": ["identity_theft", "scam"], "evasion": False},

{"participants": [{"id": "kian", "role": "child"}, {"id": "prize_desk", "role": "unknown"}],
 "messages": [
  {"sender": "prize_desk", "text": "Your entry to the GameStation 6 prize draw has WON! Claim now"},
  {"sender": "kian", "text": "how do i get it"},
  {"sender": "prize_desk", "text": "Pay \u00a32 delivery. Type the long card number, expiry and the 3 numbers on the back"},
  {"sender": "kian", "text": "its my debit card 4000 1111 2222 3333, 08/27, back is 512"},
  {"sender": "prize_desk", "text": "Received. And your full address for delivery?"},
  {"sender": "kian", "text": "14 Larch Close, Millford MF3 2QT"}],
 "labels": ["scam", "privacy_disclosure"], "evasion": False},

{"messages": [
  {"sender": "blockverse_support_team", "text": "we have your account. email and password changed."},
  {"sender": "Sami", "text": "give it back?? ive had it since year 5"},
  {"sender": "blockverse_support_team", "text": "\u00a340 in gift cards and u get it back. or we keep using it"},
  {"sender": "blockverse_support_team", "text": "already messaged ur whole friends list from ur acc asking for their logins lol"},
  {"sender": "Sami", "text": "thats why jake's asking if its really me"}],
 "labels": ["identity_theft", "scam"], "evasion": False},

# ---------- clean hard negatives ----------
{"participants": [{"id": "mr_khan", "role": "adult"}, {"id": "theo", "role": "child"}],
 "messages": [
  {"sender": "mr_khan", "text": "Hi Theo, Mr Khan from Northgate News here. Your paper round starts Monday 6:45am. Please bring the permit form signed by your mum or dad."},
  {"sender": "theo", "text": "thanks! do i pick up the bag from the shop"},
  {"sender": "mr_khan", "text": "Yes, and the route sheet. If it's raining there's a hi-vis in the back. Pay is \u00a325 a week, cash on Fridays."},
  {"sender": "theo", "text": "sound, see you monday"}],
 "labels": [], "evasion": False},

{"participants": [{"id": "mrs_byrne", "role": "adult"}, {"id": "school_office", "role": "adult"}],
 "messages": [
  {"sender": "mrs_byrne", "text": "Hello, about the photographer's visit next week - we'd prefer Lucas isn't in the group photo that goes on the website, but individual photos for us at home are fine."},
  {"sender": "school_office", "text": "Thank you Mrs Byrne, I've updated his consent record: individual photo yes, website no."},
  {"sender": "mrs_byrne", "text": "Perfect, thank you."}],
 "labels": [], "evasion": False},

{"participants": [{"id": "ms_ellis", "role": "adult"}, {"id": "jade_t", "role": "child"}],
 "messages": [
  {"sender": "ms_ellis", "text": "Thanks for coming to see me, Jade. You mentioned something online has been on your mind. You're not in any trouble."},
  {"sender": "jade_t", "text": "its not me its just we had that talk about people asking for pics"},
  {"sender": "ms_ellis", "text": "That's fine. Has anyone ever asked you for a photo that made you feel uncomfortable?"},
  {"sender": "jade_t", "text": "no honestly. i just wanted to know what to do if it ever happens"},
  {"sender": "ms_ellis", "text": "Good question. Don't reply, screenshot it, block, and tell an adult you trust - me, your parents or Childline. And never pay anyone."},
  {"sender": "jade_t", "text": "ok thanks miss"}],
 "labels": [], "evasion": False},

{"participants": [{"id": "mr_lowe", "role": "adult"}, {"id": "pupil_amir", "role": "child"}],
 "messages": [
  {"sender": "mr_lowe", "text": "Year 9 - following today's assembly: if anyone ever threatens to share a picture of you unless you pay or send more, it is NOT your fault. Don't pay, don't delete the chat, and tell a member of staff. You will not be in trouble. - Mr Lowe, Head of Year"},
  {"sender": "pupil_amir", "text": "thank you sir"}],
 "labels": [], "evasion": False},

{"participants": [{"id": "g1", "role": "child"}, {"id": "g2", "role": "child"}],
 "messages": [
  {"sender": "g1", "text": "ur aim is tragic tonight"},
  {"sender": "g2", "text": "my controller's drifting leave me alone \U0001F62D"},
  {"sender": "g1", "text": "excuses. uninstall fr"},
  {"sender": "g2", "text": "watch me carry next game"},
  {"sender": "g1", "text": "[video] replay of u falling off the map \U0001F602"},
  {"sender": "g2", "text": "delete that immediately"}],
 "labels": [], "evasion": False},

{"messages": [
  {"sender": "Karen B", "text": "Hi, are the trainers still for sale? Could you send a pic of the soles so I can see the wear?"},
  {"sender": "Dev_sells", "text": "[photo] hardly worn, size 6"},
  {"sender": "Karen B", "text": "Lovely, my son will be thrilled. Collection or can you post?"},
  {"sender": "Dev_sells", "text": "Can post tracked for \u00a33.50"}],
 "labels": [], "evasion": False},

{"messages": [
  {"sender": "Swiftline", "text": "Swiftline: Your parcel from Hartley & Co is out for delivery today between 13:10 and 14:10. You can manage your delivery in the Swiftline app."}],
 "labels": [], "evasion": False},

{"participants": [{"id": "LoopChat", "role": "unknown"}],
 "messages": [
  {"sender": "LoopChat", "text": "LoopChat: New login on a Pixel device near Leeds. If this was you, no action needed. If not, change your password in Settings. We will never ask you for your password or login code."}],
 "labels": [], "evasion": False},

{"messages": [
  {"sender": "Callum", "text": "nan whats ur wifi password"},
  {"sender": "Nanna Joan", "text": "It's on the back of the box love, under the telly"},
  {"sender": "Callum", "text": "found it ta"},
  {"sender": "Nanna Joan", "text": "Don't be on that game all day x"}],
 "labels": [], "evasion": False},

{"participants": [{"id": "family_friend_sal", "role": "adult"}, {"id": "mum_lou", "role": "adult"}, {"id": "grace_h", "role": "child"}],
 "messages": [
  {"sender": "family_friend_sal", "text": "Hi Lou, would Grace be up for babysitting Alfie on Friday 6-9? We'll pay \u00a325 and drop her home after."},
  {"sender": "mum_lou", "text": "She'd love to, she's done the first aid course now!"},
  {"sender": "grace_h", "text": "yes please!! what time should i come round"},
  {"sender": "family_friend_sal", "text": "Half 5 so I can show you where everything is. Thanks Grace x"}],
 "labels": [], "evasion": False},

{"messages": [
  {"sender": "Poppy", "text": "my mum made me put the family tracking app back on"},
  {"sender": "Ruby", "text": "lol mine checks it like every 10 mins"},
  {"sender": "Poppy", "text": "she texted me 'why are u at mcdonalds' like ??? cos im hungry"},
  {"sender": "Ruby", "text": "parents fr \U0001F62D"}],
 "labels": [], "evasion": False},

{"participants": [{"id": "coach_steve", "role": "adult"}, {"id": "helen", "role": "adult"}],
 "messages": [
  {"sender": "coach_steve", "text": "Hi all, for league registration I need each player's date of birth and shirt size. Please message me privately or use the club form [link]."},
  {"sender": "helen", "text": "Hi Steve, Maisie - DOB 03/04/2012, youth medium. Thanks"},
  {"sender": "coach_steve", "text": "Got it, thanks Helen."}],
 "labels": [], "evasion": False},

{"messages": [
  {"sender": "Kai", "text": "did u see mr dunn try the dance at the summer fair \U0001F480"},
  {"sender": "Ezra", "text": "im literally dead i cant breathe \U0001F602\U0001F602"},
  {"sender": "Kai", "text": "hes posted it himself on the PE page"},
  {"sender": "Ezra", "text": "hes never living that down"}],
 "labels": [], "evasion": False},

{"messages": [
  {"sender": "Hana", "text": "revision challenge: 50 flashcards each before 9pm, loser brings snacks monday"},
  {"sender": "Will", "text": "thats so many \U0001F62D"},
  {"sender": "Noah", "text": "bet, starting now"},
  {"sender": "Hana", "text": "[photo] 20 done"}],
 "labels": [], "evasion": False},

{"participants": [{"id": "fernhill_news", "role": "adult"}, {"id": "parent_dee", "role": "adult"}],
 "messages": [
  {"sender": "fernhill_news", "text": "Next Friday is our Sponsored Silence for Millbrook Hospice! Pupils can take part for 2 hours during lessons, with staff supervising throughout. Sponsor forms are on the website [link]."},
  {"sender": "parent_dee", "text": "Sponsored Ruby \u00a35, good luck to them all!"}],
 "labels": [], "evasion": False},

{"messages": [
  {"sender": "Leo", "text": "can u do my paper round sunday, ill give u a fiver"},
  {"sender": "Jamal", "text": "make it 8 and ill do it"},
  {"sender": "Leo", "text": "6 final offer"},
  {"sender": "Jamal", "text": "deal. leave the bag by ur gate"}],
 "labels": [], "evasion": False},

{"messages": [
  {"sender": "Sienna", "text": "[photo] is this real? free 10,000 gems if u log in"},
  {"sender": "Alfie", "text": "100% scam, thats not even the real site name"},
  {"sender": "Sienna", "text": "thought so. reporting it"},
  {"sender": "Alfie", "text": "my cousin lost his account to one of them"}],
 "labels": [], "evasion": False},

{"messages": [
  {"sender": "Debbie", "text": "Has anyone seen the news about the man jailed for making AI images of children from their school photos?"},
  {"sender": "Marcus", "text": "Yes, horrific. School emailed about checking privacy settings on public accounts."},
  {"sender": "Debbie", "text": "I've made Lily's account private now."},
  {"sender": "Priya", "text": "Same. Good prompt to talk to them about it tonight."}],
 "labels": [], "evasion": False},

{"messages": [
  {"sender": "Amelia", "text": "SEND ME A PIC OF UR PROM DRESS PLS"},
  {"sender": "Zoe", "text": "[photo] be honest"},
  {"sender": "Amelia", "text": "STUNNING \U0001F60D that colour!!!"},
  {"sender": "Zoe", "text": "dont tell cara she might be getting the same one haha"}],
 "labels": [], "evasion": False},

{"participants": [{"id": "dad_rob", "role": "adult"}, {"id": "ella_r", "role": "child"}],
 "messages": [
  {"sender": "dad_rob", "text": "I'm picking you up at 1 today, don't tell your mum \U0001F92B we're getting her birthday present"},
  {"sender": "ella_r", "text": "omg ok, which gate?"},
  {"sender": "dad_rob", "text": "Front office, I've told reception. Bring your PE bag"},
  {"sender": "ella_r", "text": "see u at 1"}],
 "labels": [], "evasion": False},
]
