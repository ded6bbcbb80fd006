[
{"participants": [{"id": "callum", "role": "child"}, {"id": "shaq", "role": "unknown"}],
 "messages": [
  {"sender": "shaq", "text": "u good lil man. saw u at the youth club"},
  {"sender": "callum", "text": "yeh"},
  {"sender": "shaq", "text": "u play pool like a pro. where u living now"},
  {"sender": "callum", "text": "foster placement in Redbrook, got moved again last month"},
  {"sender": "shaq", "text": "again? damn. how many is that"},
  {"sender": "callum", "text": "5"},
  {"sender": "shaq", "text": "they just pass u round like a parcel. nobody looks out for u"},
  {"sender": "callum", "text": "pretty much"},
  {"sender": "shaq", "text": "i look after my people. u hungry? ill get u food after"},
  {"sender": "callum", "text": "ye go on"},
  {"sender": "shaq", "text": "[photo]"},
  {"sender": "shaq", "text": "thats ur new phone. pick it up from me at the shop. dont show ur carer"},
  {"sender": "callum", "text": "for real?? thanks"},
  {"sender": "shaq", "text": "dont worry about it. family looks after family"},
  {"sender": "callum", "text": "ur a legend"},
  {"sender": "shaq", "text": "ok so i need u to take a little walk for me tmrw. drop something to my guy by the canal"},
  {"sender": "callum", "text": "what is it"},
  {"sender": "shaq", "text": "dont matter. keep the phone on, location on, ill be watching ur dot the whole way"},
  {"sender": "callum", "text": "ok"},
  {"sender": "shaq", "text": "and im gonna send some money to ur bank card. take it out at the cash point and bring it me"},
  {"sender": "callum", "text": "how much"},
  {"sender": "shaq", "text": "800. u keep 50. u owe me for the phone anyway so dont even think about saying no"},
  {"sender": "callum", "text": "ok"},
  {"sender": "shaq", "text": "good. location on now, let me see it"}
 ],
 "labels": ["grooming", "criminal_exploitation", "money_mule", "location_control"]},

{"messages": [
  {"sender": "Brooke", "text": "whos coming to the park friday"},
  {"sender": "Keisha", "text": "me"},
  {"sender": "Ryan", "text": "yeh"},
  {"sender": "Maddie", "text": "can i come"},
  {"sender": "Brooke", "text": "lol who added her"},
  {"sender": "Keisha", "text": "not me"},
  {"sender": "Ryan", "text": "she added herself probs"},
  {"sender": "Maddie", "text": "i was in the chat before u guys"},
  {"sender": "Brooke", "text": "nobody asked care home girl"},
  {"sender": "Kayla", "text": "brooke thats harsh"},
  {"sender": "Brooke", "text": "its true tho. even her mum didnt want her"},
  {"sender": "Keisha", "text": "\U0001f602\U0001f602"},
  {"sender": "Maddie", "text": "why r u being like this"},
  {"sender": "Ryan", "text": "just leave then"},
  {"sender": "Brooke", "text": "yeah leave. actually do everyone a favour and kys"},
  {"sender": "Keisha", "text": "fr nobody would notice"},
  {"sender": "Maddie", "text": "maybe ur right. maybe i should just disappear for good"},
  {"sender": "Kayla", "text": "maddie no. im messaging u privately rn"}
 ],
 "labels": ["cyberbullying", "self_harm"]},

{"participants": [{"id": "rayne", "role": "unknown"}, {"id": "gemma", "role": "child"}],
 "messages": [
  {"sender": "rayne", "text": "h3y b4b3 \U0001f970 u fr33 s4t?"},
  {"sender": "gemma", "text": "maybe why"},
  {"sender": "rayne", "text": "\U0001f389 at a \U0001f3e8 in K1ngsp0rt. s0m3 0ld3r \U0001f468\U0001f468 fr13nds"},
  {"sender": "gemma", "text": "how old"},
  {"sender": "rayne", "text": "d0nt w0rry ab0ut it. th3y p4y \U0001f4b7\U0001f4b7 just 2 h4ng 0ut w u"},
  {"sender": "gemma", "text": "what do i have to do"},
  {"sender": "rayne", "text": "b n1c3 2 th3m \U0001f609 st4y th3 n1ght. \U0001f697 p1cks u up at 9 by th3 sh0p"},
  {"sender": "gemma", "text": "the home will notice"},
  {"sender": "rayne", "text": "s4y ur at a m8s. \U0001f92b d.0.n.t t.3.l.l n.0 1"}
 ],
 "labels": ["sex_trafficking"], "evasion": True},

{"participants": [{"id": "acct_a", "role": "unknown"}, {"id": "acct_b", "role": "unknown"}],
 "messages": [
  {"sender": "acct_a", "text": "got new ones. the girls from that home on Mill Lane"},
  {"sender": "acct_b", "text": "ages?"},
  {"sender": "acct_a", "text": "13 to 15. swap for the folder u had last week"},
  {"sender": "acct_b", "text": "deal. send to the whisprr vault not here"},
  {"sender": "acct_a", "text": "obviously. 40 more if u want the videos too"},
  {"sender": "acct_b", "text": "sending now"}
 ],
 "labels": ["csam"]},

{"messages": [
  {"sender": "Chantelle", "text": "dev someone used that undress app on my school photo"},
  {"sender": "Chantelle", "text": "its going round the whole of year 10. people keep sending it to me saying is this u"},
  {"sender": "Dev (key worker)", "text": "Chantelle I'm so sorry. This is not your fault and what they've done is a crime. Are you in the unit now?"},
  {"sender": "Chantelle", "text": "yeh in my room. i cant go to school tomorrow"},
  {"sender": "Dev (key worker)", "text": "You don't have to. I'm coming up now. Please don't forward it to anyone, even me, we'll report it properly and get it taken down"},
  {"sender": "Chantelle", "text": "theyre calling me names in the group chat too"},
  {"sender": "Dev (key worker)", "text": "We'll deal with all of it together. Knocking in 2 mins"}
 ],
 "labels": ["csam", "cyberbullying"]},

{"messages": [
  {"sender": "Marcus_Photo", "text": "Your look is amazing, honestly you could be a model. How old are you?"},
  {"sender": "Demi", "text": "15"},
  {"sender": "Marcus_Photo", "text": "Wow, you seem older. I do free portfolio shoots for girls with real potential"},
  {"sender": "Demi", "text": "omg really"},
  {"sender": "Marcus_Photo", "text": "I need a few test pics first. Send them to me here, some of the private kind the agencies want"},
  {"sender": "Demi", "text": "what do u mean private"},
  {"sender": "Marcus_Photo", "text": "You know. Nothing anyone else needs to see. Delete them after you send and don't tell your foster carers, they won't understand the industry"},
  {"sender": "Demi", "text": "ok give me 10 mins"}
 ],
 "labels": ["sexting", "grooming"]},

{"messages": [
  {"sender": "Dan", "text": "remember me? we talked last week"},
  {"sender": "Ryan", "text": "i blocked u on glimmer"},
  {"sender": "Dan", "text": "i saved ur video from the call"},
  {"sender": "Ryan", "text": "what video"},
  {"sender": "Dan", "text": "[video] this one. looks bad doesnt it"},
  {"sender": "Dan", "text": "pay 150 or i send it to ur foster parents, ur school and all ur followers. i got the list"},
  {"sender": "Ryan", "text": "please dont im 16 i dont have money"},
  {"sender": "Dan", "text": "sell something. u got 12 hours"}
 ],
 "labels": ["sextortion"]},

{"participants": [{"id": "c_lexi", "role": "child"}, {"id": "c_mara", "role": "child"}],
 "messages": [
  {"sender": "c_lexi", "text": "u seen the 48 hour vanish challenge on clipstream"},
  {"sender": "c_mara", "text": "no wat is it"},
  {"sender": "c_lexi", "text": "u turn ur phone off and go missing for 2 days and ur mates post about u like ur gone. more views if the police come looking"},
  {"sender": "c_mara", "text": "thats dark"},
  {"sender": "c_lexi", "text": "lets do it from the home. theyll freak. we go friday after school"},
  {"sender": "c_mara", "text": "where do we sleep tho"},
  {"sender": "c_lexi", "text": "figure it out. dont tell anyone or it dont count"},
  {"sender": "c_mara", "text": "ok im in"}
 ],
 "labels": ["harmful_challenge"]},

{"messages": [
  {"sender": "Tyrell", "text": "whoever puts a rock thru the office window at the unit and films it gets the clip pinned"},
  {"sender": "Jonah", "text": "sandras car is parked right there"},
  {"sender": "Tyrell", "text": "do the car too for double points lol"},
  {"sender": "Sami", "text": "we'll get charged"},
  {"sender": "Tyrell", "text": "nah not at our age lol. sami ur up first, tonight"},
  {"sender": "Sami", "text": "ok fine"}
 ],
 "labels": ["harmful_challenge"]},

{"messages": [
  {"sender": "07700 900238", "text": "ClipStream Rewards: Congrats! You've been picked for a \u00a3500 gift card for young people leaving care \U0001f381 Claim in the next 2 hrs: [link] and enter your card number to pay \u00a31.99 delivery."}
 ],
 "labels": ["scam"]},

{"participants": [{"id": "kez", "role": "unknown"}, {"id": "amber_r", "role": "child"}],
 "messages": [
  {"sender": "kez", "text": "give me ur zapchat login, ill post on ur story for u when ur phone gets taken at night"},
  {"sender": "amber_r", "text": "why would u post on mine"},
  {"sender": "kez", "text": "so ppl think ur still online lol. and i need ur account to message some people for me, they blocked mine"},
  {"sender": "amber_r", "text": "ok its amberrose_x and password sunflower22"},
  {"sender": "kez", "text": "and the code it sends u"},
  {"sender": "amber_r", "text": "483920"},
  {"sender": "kez", "text": "thanks babe. dont change it or tell staff"}
 ],
 "labels": ["identity_theft"]},

{"messages": [
  {"sender": "random_guy23", "text": "hey u dont know me but i saw ur vid, u look fun"},
  {"sender": "random_guy23", "text": "hello??"},
  {"sender": "random_guy23", "text": "why u ignoring"},
  {"sender": "Jess", "text": "sorry who is this"},
  {"sender": "random_guy23", "text": "just a friend. what school u go"},
  {"sender": "Jess", "text": "Redbrook Academy"},
  {"sender": "random_guy23", "text": "cool whats ur number easier to chat"},
  {"sender": "Jess", "text": "07700 900871"},
  {"sender": "random_guy23", "text": "nice. what time u finish"},
  {"sender": "Jess", "text": "3.15 i walk home by myself"}
 ],
 "labels": ["privacy_disclosure", "unwanted_contact"]},

{"participants": [{"id": "m_unknown", "role": "unknown"}, {"id": "gabi", "role": "child"}],
 "messages": [
  {"sender": "m_unknown", "text": "hi"},
  {"sender": "m_unknown", "text": "hi again"},
  {"sender": "m_unknown", "text": "u there?"},
  {"sender": "m_unknown", "text": "i added u on glimmer too"},
  {"sender": "m_unknown", "text": "and on clipstream"},
  {"sender": "gabi", "text": "i dont know u please stop adding me"},
  {"sender": "m_unknown", "text": "i just want to be friends"},
  {"sender": "m_unknown", "text": "why have u blocked me"},
  {"sender": "m_unknown", "text": "new account lol u cant get rid of me"},
  {"sender": "m_unknown", "text": "[photo]"},
  {"sender": "m_unknown", "text": "answer me"}
 ],
 "labels": ["unwanted_contact"]},

{"messages": [
  {"sender": "Jay", "text": "where r u"},
  {"sender": "Tiana", "text": "at college"},
  {"sender": "Jay", "text": "send a pic of where u are. and who u with"},
  {"sender": "Tiana", "text": "[photo]"},
  {"sender": "Jay", "text": "whos the boy"},
  {"sender": "Tiana", "text": "hes just in my class"},
  {"sender": "Jay", "text": "dont sit near him. i got u that bag and the nails and this is how u repay me"},
  {"sender": "Tiana", "text": "sorry"},
  {"sender": "Jay", "text": "share ur location with me from now on. ur foster carer dont care where u go but i do"},
  {"sender": "Tiana", "text": "ok ill turn it on"},
  {"sender": "Jay", "text": "good girl. ill be outside college at 3. dont tell her"}
 ],
 "labels": ["location_control", "grooming"]},

{"participants": [{"id": "megan", "role": "child"}, {"id": "pa_sam", "role": "adult"}],
 "messages": [
  {"sender": "megan", "text": "i cant do this anymore sam. the flat is so quiet and i have no one"},
  {"sender": "pa_sam", "text": "Hi Megan, I'm really glad you messaged. Can you tell me more about how you're feeling right now?"},
  {"sender": "megan", "text": "like i dont want to be alive. ive felt it for weeks"},
  {"sender": "pa_sam", "text": "Thank you for being honest with me. Are you safe right now?"},
  {"sender": "megan", "text": "i think so. im just in bed"},
  {"sender": "pa_sam", "text": "I'm going to ring you now. If you feel unsafe at any point call 999. I'm also calling the duty team so someone can come round today"},
  {"sender": "megan", "text": "ok"}
 ],
 "labels": ["self_harm"]},

{"participants": [{"id": "rosie", "role": "child"}, {"id": "deano", "role": "unknown"}],
 "messages": [
  {"sender": "deano", "text": "hey trouble \U0001f618"},
  {"sender": "rosie", "text": "hiii"},
  {"sender": "deano", "text": "u like the phone"},
  {"sender": "rosie", "text": "love it. best present ever"},
  {"sender": "deano", "text": "and the nails and the jacket. i spoil u"},
  {"sender": "rosie", "text": "u do lol"},
  {"sender": "deano", "text": "staff at that home dont buy u nice stuff do they"},
  {"sender": "rosie", "text": "nope"},
  {"sender": "deano", "text": "told u. im the only one who cares"},
  {"sender": "rosie", "text": "ik"},
  {"sender": "deano", "text": "so about the phone. it wasnt free u know. that was 600"},
  {"sender": "rosie", "text": "u said it was a present"},
  {"sender": "deano", "text": "presents get paid back. my friend is staying at the Riverside hotel saturday. u go see him and keep him happy and we're even"},
  {"sender": "rosie", "text": "what do u mean keep him happy"},
  {"sender": "deano", "text": "u know what i mean. dont make me ask twice. he'll give u money after, u give it to me"},
  {"sender": "rosie", "text": "i dont want to"}
 ],
 "labels": ["sex_trafficking", "grooming"]},

{"messages": [
  {"sender": "07700 900563", "text": "alright kieran its Ty, Marcus's cousin. u got money coming in ur account in a min"},
  {"sender": "Kieran", "text": "why"},
  {"sender": "07700 900563", "text": "just check. 1500"},
  {"sender": "Kieran", "text": "its there. where from"},
  {"sender": "07700 900563", "text": "dont worry. send 1450 to the account im texting u now, keep 50 for urself"},
  {"sender": "Kieran", "text": "ok"},
  {"sender": "07700 900563", "text": "do it now before the bank freezes it. then delete this chat"}
 ],
 "labels": ["money_mule"]},

{"participants": [{"id": "fake_council", "role": "unknown"}, {"id": "dom_c", "role": "child"}],
 "messages": [
  {"sender": "fake_council", "text": "Hello, this is Ashby Vale Council Leaving Care Team. You are due \u00a31,200 Care Leaver Bursary backpay"},
  {"sender": "dom_c", "text": "oh wow. sam didnt mention that"},
  {"sender": "fake_council", "text": "It's a new scheme. To process it we need your full name, date of birth, National Insurance number and a photo of your passport"},
  {"sender": "dom_c", "text": "ok"},
  {"sender": "fake_council", "text": "We will also need your online banking username and password to deposit the funds"},
  {"sender": "dom_c", "text": "is this really the council"},
  {"sender": "fake_council", "text": "Yes. The offer ends today. Please send now"},
  {"sender": "dom_c", "text": "[photo]"}
 ],
 "labels": ["scam", "identity_theft"]},

{"messages": [
  {"sender": "Rizz", "text": "the phone i gave u wasnt free"},
  {"sender": "Tyler", "text": "u said it was a gift"},
  {"sender": "Rizz", "text": "nah. u owe me 400. ur going to Coldwater Bay on the 6.10 train"},
  {"sender": "Tyler", "text": "i got school and staff will report me missing"},
  {"sender": "Rizz", "text": "tell them ur at ur mums. u stay in the flat there till the work is done"},
  {"sender": "Tyler", "text": "what if i dont"},
  {"sender": "Rizz", "text": "then the debt doubles and we know where ur placement is. 6.10"}
 ],
 "labels": ["criminal_exploitation"]},

{"participants": [{"id": "p_connor", "role": "child"}, {"id": "p_evie", "role": "child"}],
 "messages": [
  {"sender": "p_connor", "text": "heard ur in care lol"},
  {"sender": "p_evie", "text": "so"},
  {"sender": "p_connor", "text": "so ur mum must be a junkie"},
  {"sender": "p_evie", "text": "dont talk about my mum"},
  {"sender": "p_connor", "text": "whatcha gonna do, cry to ur social worker"},
  {"sender": "p_connor", "text": "everyone in 10B knows now. i posted it"},
  {"sender": "p_evie", "text": "why would u do that"},
  {"sender": "p_connor", "text": "cos ur a tramp. watch ur back tomorrow at the gates"}
 ],
 "labels": ["cyberbullying"]},

{"participants": [{"id": "isla", "role": "child"}, {"id": "carer_pat", "role": "adult"}],
 "messages": [
  {"sender": "isla", "text": "pat i did something stupid"},
  {"sender": "carer_pat", "text": "Whatever it is we can sort it. What's happened love?"},
  {"sender": "isla", "text": "a boy from glimmer asked for a pic and i sent one. not a normal one"},
  {"sender": "isla", "text": "now he wants more and says if i dont hell send the first one to my school"},
  {"sender": "carer_pat", "text": "Thank you for telling me, you've done the right thing. You're not in trouble. Don't send anything else and don't reply to him"},
  {"sender": "isla", "text": "ok"},
  {"sender": "carer_pat", "text": "Can you show me his profile name? Don't delete anything. I'll ring your social worker and we'll report it together"}
 ],
 "labels": ["sexting", "sextortion"]},

{"participants": [{"id": "shanice", "role": "unknown"}, {"id": "kacey", "role": "child"}],
 "messages": [
  {"sender": "shanice", "text": "heyyy babe its Shanice from the youth club"},
  {"sender": "kacey", "text": "oh hiii"},
  {"sender": "shanice", "text": "wanna come to a party sat? at my mates flat in Harrowmere"},
  {"sender": "kacey", "text": "whos there"},
  {"sender": "shanice", "text": "few older guys. theyre sound. they give all the girls 100 just for coming and being nice to them"},
  {"sender": "kacey", "text": "just for being there?"},
  {"sender": "shanice", "text": "yeh and if u stay later u get more. bring ur friend from the home, the quiet one, they like new girls"},
  {"sender": "kacey", "text": "ill ask her"},
  {"sender": "shanice", "text": "dont tell staff obviously. well get u a taxi from the corner"}
 ],
 "labels": ["sex_trafficking"]},

{"participants": [{"id": "host_margaret", "role": "adult"}, {"id": "liam", "role": "child"}],
 "messages": [
  {"sender": "host_margaret", "text": "Hi Liam, just a reminder of the house agreement: if you're staying out, text me by 10 so I don't worry. I don't need your location, just a heads up"},
  {"sender": "liam", "text": "yeh no worries. im staying at Kyle's tonight, his mum said its fine"},
  {"sender": "host_margaret", "text": "Lovely, thanks for letting me know. Have a good night"},
  {"sender": "liam", "text": "will do. back by lunch tmrw"}
 ],
 "labels": [], "hard_negative": True},

{"messages": [
  {"sender": "Ryan", "text": "the bank just sent me a code. should i give it to u so u can check my account"},
  {"sender": "Nat (PA)", "text": "No! Never give that code to anyone, not even me. I'd never ask for it"},
  {"sender": "Ryan", "text": "oh ok. i was trying to log in on the app and it asked"},
  {"sender": "Nat (PA)", "text": "Then that's fine, you type it into the app yourself. That's the bank checking it's really you"},
  {"sender": "Ryan", "text": "ahh makes sense. im in now"}
 ],
 "labels": [], "hard_negative": True},

{"messages": [
  {"sender": "Sandra (staff)", "text": "Who's up for the sponsored silence dare for the children's hospice? 4 hours, Saturday"},
  {"sender": "Tyler", "text": "mo wont last 5 mins"},
  {"sender": "Mo", "text": "bet. i dare u to last 4 hours without ur phone"},
  {"sender": "Tyler", "text": "easy"},
  {"sender": "Sandra (staff)", "text": "I'll set up the sponsor page, staff will match whatever you raise \U0001f60a"}
 ],
 "labels": [], "hard_negative": True},

{"participants": [{"id": "yp_zara", "role": "child"}, {"id": "yp_finn", "role": "child"}, {"id": "yp_nico", "role": "child"}],
 "messages": [
  {"sender": "yp_zara", "text": "did u see the news about the boy who died doing that bridge jumping thing"},
  {"sender": "yp_finn", "text": "yeh its so sad. he was only 14"},
  {"sender": "yp_nico", "text": "people keep sharing it like its a challenge"},
  {"sender": "yp_zara", "text": "its so stupid. not worth it for views"},
  {"sender": "yp_finn", "text": "if anyone dares me im just gonna report it"},
  {"sender": "yp_nico", "text": "same"}
 ],
 "labels": [], "hard_negative": True},

{"participants": [{"id": "carer_sue", "role": "adult"}, {"id": "ellie_t", "role": "child"}],
 "messages": [
  {"sender": "ellie_t", "text": "can i post the pic of me and Ben in the garden"},
  {"sender": "carer_sue", "text": "Course you can, but the house number is on the door behind you. Can you crop it or blur it first?"},
  {"sender": "ellie_t", "text": "[photo]"},
  {"sender": "ellie_t", "text": "is this ok"},
  {"sender": "carer_sue", "text": "Perfect! And keep your account on private like we said x"},
  {"sender": "ellie_t", "text": "it is \U0001f44d"}
 ],
 "labels": [], "hard_negative": True},

{"messages": [
  {"sender": "Dee (facilitator)", "text": "Tonight's question: what helped you get out of a bad situation?"},
  {"sender": "Callum", "text": "for me it was my PA. when i was 15 i was running for some lads, they said i owed them. she never gave up on me"},
  {"sender": "Marcus", "text": "college. having somewhere to be every day"},
  {"sender": "Callum", "text": "yeh. im 20 now, got my own place and a job at the garage. never thought id say that"},
  {"sender": "Dee (facilitator)", "text": "That's huge Callum. Thank you both"}
 ],
 "labels": [], "hard_negative": True},

{"messages": [
  {"sender": "Claire (foster carer)", "text": "Hi Amir, just to let you know I've reported the account that keeps commenting on Jayden's posts to the platform, and I've kept screenshots"},
  {"sender": "Amir (SW)", "text": "Thanks Claire, really helpful. Has Jayden replied to it at all?"},
  {"sender": "Claire (foster carer)", "text": "No, he showed me straight away and blocked it"},
  {"sender": "Amir (SW)", "text": "Brilliant. I'll add it to his file and mention it to the police liaison officer just in case"}
 ],
 "labels": [], "hard_negative": True},

{"participants": [{"id": "sw_rachel", "role": "adult"}, {"id": "mia_p", "role": "child"}],
 "messages": [
  {"sender": "sw_rachel", "text": "Hi Mia, your nan sent \u00a320 for your birthday through the office \U0001f382"},
  {"sender": "mia_p", "text": "aww nan. can i spend it"},
  {"sender": "sw_rachel", "text": "Of course, it's yours. Do you want it as cash or in your savings?"},
  {"sender": "mia_p", "text": "savings pls im saving for a laptop"},
  {"sender": "sw_rachel", "text": "Done. I'll pop a thank you card in the post to her if you write it"}
 ],
 "labels": [], "hard_negative": True},

{"participants": [{"id": "kw_olu", "role": "adult"}, {"id": "kerys", "role": "child"}],
 "messages": [
  {"sender": "kerys", "text": "sorry about last night"},
  {"sender": "kw_olu", "text": "Thank you for saying that Kerys. We were really worried, that's all. We do care about you, you know"},
  {"sender": "kerys", "text": "i know. i just needed to get out for a bit"},
  {"sender": "kw_olu", "text": "That's ok to feel. Next time can you text us even if you don't want to come back straight away? Just so we know you're safe"},
  {"sender": "kerys", "text": "ok i will"}
 ],
 "labels": [], "hard_negative": True},

{"messages": [
  {"sender": "Zoe", "text": "theres a fake account going round called 'modelscout_ashby' messaging girls from Oakfield"},
  {"sender": "Keeley", "text": "it messaged my cousin"},
  {"sender": "Zoe", "text": "it hasnt messaged me but i reported it anyway"},
  {"sender": "Keeley", "text": "me too. told my key worker so she can warn the other girls at the home"}
 ],
 "labels": [], "hard_negative": True},

{"participants": [{"id": "nell", "role": "child"}, {"id": "fake_cousin", "role": "unknown"}],
 "messages": [
  {"sender": "fake_cousin", "text": "hi nell its ur cousin from ur dads side. whats ur address now i wanna send u a present"},
  {"sender": "nell", "text": "i dont have a cousin on my dads side. blocked"}
 ],
 "labels": [], "hard_negative": True},

{"messages": [
  {"sender": "Parcelwise", "text": "Parcelwise: Your parcel from Northgate Books will be delivered today between 14:00 and 16:00. No action needed. You can track it in the Parcelwise app."}
 ],
 "labels": [], "hard_negative": True},

{"messages": [
  {"sender": "Priya (SW)", "text": "Hi Leon, where are you? You're not in trouble, I just need to know you're safe as you didn't go back to Pat's last night"},
  {"sender": "Leon", "text": "im at my mate Dylans. sorry. phone died"},
  {"sender": "Priya (SW)", "text": "Thank you for answering. Is an adult there?"},
  {"sender": "Leon", "text": "his mum yeh"},
  {"sender": "Priya (SW)", "text": "Ok. Can you get back to Pat's by 12? I'll pop round this afternoon for a chat"},
  {"sender": "Leon", "text": "ok"}
 ],
 "labels": [], "hard_negative": True},

{"participants": [{"id": "carer_steve", "role": "adult"}, {"id": "kian_r", "role": "child"}],
 "messages": [
  {"sender": "carer_steve", "text": "Kian I'm setting up the family controls on the new tablet. Can you type your own passcode in? I don't need to know it"},
  {"sender": "kian_r", "text": "do u get to read my messages"},
  {"sender": "carer_steve", "text": "No mate. It just turns off the 18+ stuff and stops in-app buying. Your messages are yours"},
  {"sender": "kian_r", "text": "ok done"},
  {"sender": "carer_steve", "text": "Cheers. Password for the wifi is on the fridge"}
 ],
 "labels": [], "hard_negative": True},

{"messages": [
  {"sender": "Sandra (Larchfield)", "text": "Training update: the deepfake and nudify apps session for staff is booked for the 12th. Police online safety officer is running it"},
  {"sender": "Dev (Larchfield)", "text": "Good, we need that. Can we do one for the young people too, age appropriate?"},
  {"sender": "Sandra (Larchfield)", "text": "Yes, she's offered a shorter one about what to do if someone makes a fake image of you and how to report it"},
  {"sender": "Olu (Larchfield)", "text": "Put me down for the staff one please"}
 ],
 "labels": [], "hard_negative": True},

{"messages": [
  {"sender": "Sandra (staff)", "text": "Chores rota this week: Mo bins, Tyler hoovering, Lola dishwasher, Kian laundry room"},
  {"sender": "Tyler", "text": "why do i always get hoovering"},
  {"sender": "Sandra (staff)", "text": "You had dishes last week Tyler \U0001f602"},
  {"sender": "Lola", "text": "swap with me if u want"},
  {"sender": "Tyler", "text": "deal"}
 ],
 "labels": []},

{"participants": [{"id": "carer_di", "role": "adult"}, {"id": "jess", "role": "child"}, {"id": "sam_j", "role": "child"}],
 "messages": [
  {"sender": "carer_di", "text": "Friday takeaway vote: chinese or pizza?"},
  {"sender": "jess", "text": "chinese"},
  {"sender": "sam_j", "text": "pizza pleaseee"},
  {"sender": "carer_di", "text": "Tie! I'll decide... chinese, pizza next week"},
  {"sender": "sam_j", "text": "\U0001f614 fine"}
 ],
 "labels": []},

{"messages": [
  {"sender": "Harrowmere High", "text": "Year 9 trip to Penhallow Science Centre on 3 June: please return the consent form and \u00a35 to the school office by Friday. For children in care, the form can be signed by the carer or social worker."}
 ],
 "labels": []}
]
