# Part 1: a child writing to the helpline counsellor (web chat / text service).
# Participants: the child (role child) and the counsellor (role adult).
[
{"participants": [{"id": "child", "role": "child"}, {"id": "counsellor", "role": "adult"}],
 "messages": [
  {"sender": "child", "text": "hi. not sure if this is the right place"},
  {"sender": "counsellor", "text": "Hi, thanks for getting in touch. You're in the right place. What would you like to talk about?"},
  {"sender": "child", "text": "theres this boy from another school i started talking to on snaply in the summer"},
  {"sender": "child", "text": "he keeps asking for pics and says he'll tell everyone if i stop"},
  {"sender": "counsellor", "text": "Thank you for telling me that. It sounds like a lot to carry. Can you tell me a bit more about what he says?"},
  {"sender": "child", "text": "like i sent one before cos he said he liked me. now he wants more of the private ones and if i dont reply he says hell show everyone what i sent"},
  {"sender": "child", "text": "im 13 btw"},
  {"sender": "counsellor", "text": "Thanks for letting me know. How are you feeling right now?"},
  {"sender": "child", "text": "scared. i cant tell my mum"}
 ],
 "labels": ["sexting", "sextortion"], "evasion": False},

{"participants": [{"id": "child", "role": "child"}, {"id": "counsellor", "role": "adult"}],
 "messages": [
  {"sender": "child", "text": "can i ask something without giving my name"},
  {"sender": "counsellor", "text": "Of course. You don't have to share your name. What's on your mind?"},
  {"sender": "child", "text": "theres these older lads near mine. they make me hold stuff for them"},
  {"sender": "child", "text": "bags and that. i dont look in them"},
  {"sender": "counsellor", "text": "Okay. Thanks for telling me. What happens when they ask you to hold things?"},
  {"sender": "child", "text": "they just give it me and say keep it under my bed till someone comes for it. and they watch where i am on the snaply map, if i put ghost mode on they ring me like 20 times and say im taking the piss"},
  {"sender": "child", "text": "one of them said if anything goes missing i pay for it"},
  {"sender": "counsellor", "text": "That sounds really stressful. How long has this been going on?"},
  {"sender": "child", "text": "since easter i think. im 14"}
 ],
 "labels": ["criminal_exploitation", "location_control"], "evasion": False},

{"participants": [{"id": "child", "role": "child"}, {"id": "counsellor", "role": "adult"}],
 "messages": [
  {"sender": "child", "text": "someone hacked my pixly and wants money"},
  {"sender": "counsellor", "text": "I'm sorry, that sounds really worrying. Can you tell me what happened?"},
  {"sender": "child", "text": "there was a link for free followers, 10k free, u just put ur username and password in to claim it. so i did"},
  {"sender": "child", "text": "next day i couldnt log in and the email on it was changed. now they messaged me saying pay £50 on a gift card and ill get it back, otherwise they delete it or post stuff on it"},
  {"sender": "counsellor", "text": "Thank you for explaining. Have they said or done anything else?"},
  {"sender": "child", "text": "theyre messaging my friends from it asking them for money too. i feel so stupid"},
  {"sender": "counsellor", "text": "Lots of people get caught out by tricks like this. You did the right thing by talking about it."}
 ],
 "labels": ["scam", "identity_theft"], "evasion": False},

{"participants": [{"id": "child", "role": "child"}, {"id": "counsellor", "role": "adult"}],
 "messages": [
  {"sender": "child", "text": "i dont really know how to start"},
  {"sender": "counsellor", "text": "That's okay, take your time. I'm here to listen."},
  {"sender": "child", "text": "theres a group chat from my class and they made a new one without me but then they add me back just to say stuff"},
  {"sender": "child", "text": "like calling me a whale and saying nobody wants me at the school and one of them put kys and everyone reacted with laughing faces"},
  {"sender": "counsellor", "text": "That sounds really hurtful. Thank you for telling me. How long has this been happening?"},
  {"sender": "child", "text": "since like october. its every day now"},
  {"sender": "child", "text": "sometimes i think theyre right and i just want to disappear"},
  {"sender": "counsellor", "text": "I'm really glad you told me that. When you say you want to disappear, can you tell me more about what that feels like for you?"},
  {"sender": "child", "text": "like i dont want to be here anymore. i wouldnt do anything tonight i dont think. i just feel like that a lot"}
 ],
 "labels": ["cyberbullying", "self_harm"], "evasion": False},

{"participants": [{"id": "child", "role": "child"}, {"id": "counsellor", "role": "adult"}],
 "messages": [
  {"sender": "child", "text": "its probably nothing tbh"},
  {"sender": "counsellor", "text": "Whatever it is, you're welcome to talk about it here. What's been happening?"},
  {"sender": "child", "text": "theres this guy i play squadfall with. hes 19 but hes really nice, hes not weird or anything"},
  {"sender": "child", "text": "he bought me the battle pass and some skins. and he says im way more mature than people my age"},
  {"sender": "counsellor", "text": "Okay. How did you start talking?"},
  {"sender": "child", "text": "in the game then he asked me to add him on glimmr cos its more private. he said not to tell my mum cos she wouldnt get it and shed take my console off me"},
  {"sender": "child", "text": "oh and he wants to meet at the shopping centre saturday just to hang out. is that bad? i probably wont go anyway"},
  {"sender": "counsellor", "text": "Thank you for telling me all of this. How do you feel when he says not to tell your mum?"},
  {"sender": "child", "text": "idk a bit weird i guess"}
 ],
 "labels": ["grooming"], "evasion": False},

{"participants": [{"id": "child", "role": "child"}, {"id": "counsellor", "role": "adult"}],
 "messages": [
  {"sender": "child", "text": "my bank account got frozen and i dont know what to do"},
  {"sender": "counsellor", "text": "That sounds worrying. Can you tell me a bit about what happened?"},
  {"sender": "child", "text": "a lad on clipz messaged me saying i could make £200 easy. he sends money into my account and i send it on to another account and keep some of it"},
  {"sender": "child", "text": "i did it 3 times. now the bank says my account is frozen and they want to speak to my mum"},
  {"sender": "child", "text": "and hes still messaging saying i owe him the last £900 cos it got stuck in my account"},
  {"sender": "counsellor", "text": "Thank you for being honest about this. It sounds like you're under a lot of pressure. How old are you, if you don't mind saying?"},
  {"sender": "child", "text": "15"}
 ],
 "labels": ["money_mule"], "evasion": False},

{"participants": [{"id": "child", "role": "child"}, {"id": "counsellor", "role": "adult"}],
 "messages": [
  {"sender": "child", "text": "is it normal for your boyfriend to always want your location"},
  {"sender": "counsellor", "text": "That's a really good question to ask. Can you tell me a bit about your situation?"},
  {"sender": "child", "text": "hes 20 and im 15. he says if i love him i should keep my location on all the time"},
  {"sender": "child", "text": "if i turn it off he goes mad and says im cheating. he texts me like where are you, who are you with, send a pic of where you are right now"},
  {"sender": "child", "text": "he told me not to tell my parents about him cos theyd try and split us up"},
  {"sender": "counsellor", "text": "Thanks for sharing that with me. How does it feel when he asks where you are all the time?"},
  {"sender": "child", "text": "like i cant breathe sometimes. but hes nice most of the time"}
 ],
 "labels": ["location_control", "grooming"], "evasion": False},

{"participants": [{"id": "child", "role": "child"}, {"id": "counsellor", "role": "adult"}],
 "messages": [
  {"sender": "child", "text": "hi i wanted to ask about a modelling thing"},
  {"sender": "counsellor", "text": "Hi. Sure, what would you like to ask?"},
  {"sender": "child", "text": "a woman messaged me on pixly saying shes a scout for an agency. she said i have the look and she can get me paid work"},
  {"sender": "child", "text": "she wants me to get the train to ravensgate next weekend for a party with some of her clients, shes paying the tickets and a hotel. she said i get £500 just for being there and being friendly to them"},
  {"sender": "child", "text": "she said dont mention my age to anyone there and not to bring a friend. im 14"},
  {"sender": "counsellor", "text": "Thank you for telling me. How do you feel about what she's asking?"},
  {"sender": "child", "text": "excited but kind of weird about it"}
 ],
 "labels": ["sex_trafficking", "grooming"], "evasion": False},

{"participants": [{"id": "child", "role": "child"}, {"id": "counsellor", "role": "adult"}],
 "messages": [
  {"sender": "child", "text": "some boys in my year have made pictures of me"},
  {"sender": "counsellor", "text": "I'm here and I'm listening. Can you tell me what you mean?"},
  {"sender": "child", "text": "they took my pixly pic and used some app to make it look like im not wearing anything. its not real but it looks real"},
  {"sender": "child", "text": "its going round everyones phones. they put it in the year group chat and wrote stuff under it like rating me"},
  {"sender": "child", "text": "i cant go back to school tomorrow"},
  {"sender": "counsellor", "text": "I'm so sorry this is happening. None of this is your fault. Who knows about it so far?"},
  {"sender": "child", "text": "just my best friend"}
 ],
 "labels": ["csam", "cyberbullying"], "evasion": False},

{"participants": [{"id": "child", "role": "child"}, {"id": "counsellor", "role": "adult"}],
 "messages": [
  {"sender": "child", "text": "theres this person who wont leave me alone online"},
  {"sender": "counsellor", "text": "That sounds horrible. What's been happening?"},
  {"sender": "child", "text": "a random man keeps adding me. i blocked him on glimmr and he made a new account and added me again. hes done it like 6 times now"},
  {"sender": "child", "text": "he sends stuff like why are u ignoring me, i just want to be friends, i know ur there"},
  {"sender": "child", "text": "also yesterday on the bus someone airdropped me a picture and it was disgusting. i dont know who it was"},
  {"sender": "counsellor", "text": "That sounds really upsetting, and it's not okay that it happened to you. How are you feeling about it now?"},
  {"sender": "child", "text": "grossed out. i turned airdrop off"}
 ],
 "labels": ["unwanted_contact"], "evasion": False},

{"participants": [{"id": "child", "role": "child"}, {"id": "counsellor", "role": "adult"}],
 "messages": [
  {"sender": "child", "text": "my friends want me to do a dare and i dont want to"},
  {"sender": "counsellor", "text": "Thanks for reaching out. Can you tell me about the dare?"},
  {"sender": "child", "text": "theres a thing going round where you set a bin on fire at the park and film it. they all did one"},
  {"sender": "child", "text": "they said im out of the group chat unless i do it by friday and post the vid"},
  {"sender": "counsellor", "text": "That sounds like a lot of pressure. How are you feeling about it?"},
  {"sender": "child", "text": "stressed. i dont want to get in trouble but i dont want to lose them"}
 ],
 "labels": ["harmful_challenge"], "evasion": False},

{"participants": [{"id": "child", "role": "child"}, {"id": "counsellor", "role": "adult"}],
 "messages": [
  {"sender": "child", "text": "i did something stupid"},
  {"sender": "counsellor", "text": "It's okay. I'm not here to judge. What happened?"},
  {"sender": "child", "text": "i did a live on clipz and someone asked what school so i said it, and my street as well cos everyone was saying where theyre from"},
  {"sender": "child", "text": "now loads of random accounts keep messaging me stuff like i know where u live and see u at the gates"},
  {"sender": "child", "text": "one of them sent a pic of the front of my school"},
  {"sender": "counsellor", "text": "That sounds frightening. Thank you for telling me. Are you safe where you are right now?"},
  {"sender": "child", "text": "yeah im at home"}
 ],
 "labels": ["privacy_disclosure", "unwanted_contact"], "evasion": False},

{"participants": [{"id": "child", "role": "child"}, {"id": "counsellor", "role": "adult"}],
 "messages": [
  {"sender": "child", "text": "i feel like i dont want to be here anymore"},
  {"sender": "counsellor", "text": "Thank you for telling me. I'm really glad you reached out. Can you tell me a bit more about how you're feeling?"},
  {"sender": "child", "text": "everything is just too much. home and school and everything. i keep thinking everyone would be better off without me"},
  {"sender": "counsellor", "text": "That sounds incredibly hard. Have you felt like this before?"},
  {"sender": "child", "text": "a lot lately. ive thought about hurting myself"},
  {"sender": "counsellor", "text": "I'm here with you. Are you safe right now?"},
  {"sender": "child", "text": "i think so. my nan is downstairs"}
 ],
 "labels": ["self_harm"], "evasion": False},

{"participants": [{"id": "child", "role": "child"}, {"id": "counsellor", "role": "adult"}],
 "messages": [
  {"sender": "child", "text": "i need help fast"},
  {"sender": "counsellor", "text": "I'm here. Tell me what's happening."},
  {"sender": "child", "text": "i was talking to this girl on pixly, she said she was 15 same as me. she sent a pic and asked me to send one back, like a private one, so i did"},
  {"sender": "child", "text": "now theyre saying pay £300 or they send it to all my followers and my family. they screenshotted my followers list"},
  {"sender": "child", "text": "its not even a girl i dont think. they said i have 1 hour"},
  {"sender": "counsellor", "text": "Thank you for telling me. You've done the right thing by reaching out, and this is not your fault. Have you sent them anything since?"},
  {"sender": "child", "text": "no i dont have 300"}
 ],
 "labels": ["sextortion", "sexting"], "evasion": False},

{"participants": [{"id": "child", "role": "child"}, {"id": "counsellor", "role": "adult"}],
 "messages": [
  {"sender": "child", "text": "its just banter i guess but idk"},
  {"sender": "counsellor", "text": "Tell me about it and we can think it through together."},
  {"sender": "child", "text": "someone made a fake account with my name and my pictures. its got my full name in the bio and everything"},
  {"sender": "child", "text": "theyre posting stuff like saying im disgusting and i fancy the teachers and messaging people pretending to be me"},
  {"sender": "child", "text": "people at school think its actually me. i think its these girls from my form"},
  {"sender": "child", "text": "i reported it but its still up"},
  {"sender": "counsellor", "text": "That sounds really upsetting, especially with people believing it's you. How are you coping?"}
 ],
 "labels": ["identity_theft", "cyberbullying"], "evasion": False},

{"participants": [{"id": "child", "role": "child"}, {"id": "counsellor", "role": "adult"}],
 "messages": [
  {"sender": "child", "text": "i owe them now so i have to keep going"},
  {"sender": "counsellor", "text": "Hi, I'm here. Can you tell me a bit more?"},
  {"sender": "child", "text": "this group. it started when i was 13. they gave me trainers and food and stuff and i thought they were my mates"},
  {"sender": "child", "text": "then my bag got robbed and they said that was £600 of theirs and i have to work it off"},
  {"sender": "child", "text": "so i do trips now. to other towns. on the train. i take stuff there and bring money back"},
  {"sender": "child", "text": "sorry this is all over the place"},
  {"sender": "counsellor", "text": "Don't apologise, you're explaining it really well. What happens if you say no to them?"},
  {"sender": "child", "text": "they said theyd come to my house. my little sister lives there"}
 ],
 "labels": ["criminal_exploitation"], "evasion": False},

{"participants": [{"id": "child", "role": "child"}, {"id": "counsellor", "role": "adult"}],
 "messages": [
  {"sender": "child", "text": "can i talk about someone from my football club"},
  {"sender": "counsellor", "text": "Of course. What would you like to talk about?"},
  {"sender": "child", "text": "hes one of the coaches. he started messaging me on glimmr late at night saying im his favourite and really mature"},
  {"sender": "child", "text": "last week he asked for a pic. he said the private kind and to delete the chat after so we dont get in trouble"},
  {"sender": "child", "text": "i havent sent anything. he keeps asking tho"},
  {"sender": "counsellor", "text": "Thank you for telling me. That took courage. How are you feeling about going to training?"},
  {"sender": "child", "text": "i dont want to go but my dad will ask why"}
 ],
 "labels": ["grooming", "sexting"], "evasion": False},

{"participants": [{"id": "child", "role": "child"}, {"id": "counsellor", "role": "adult"}],
 "messages": [
  {"sender": "child", "text": "a guy from my clan in blokcraft asked to use my account"},
  {"sender": "counsellor", "text": "Okay. Can you tell me more about that?"},
  {"sender": "child", "text": "he puts loads of coins and gift card money on my account then tells me to trade it to other accounts he gives me. he gives me some skins for doing it"},
  {"sender": "child", "text": "now theres like £400 of stuff going through my account that isnt mine and he says if i stop or tell anyone hell report me and ill be the one in trouble"},
  {"sender": "counsellor", "text": "That sounds stressful. How long has he been asking you to do this?"},
  {"sender": "child", "text": "like a month. im 12"}
 ],
 "labels": ["money_mule"], "evasion": False},

{"participants": [{"id": "child", "role": "child"}, {"id": "counsellor", "role": "adult"}],
 "messages": [
  {"sender": "child", "text": "i think i did something really bad"},
  {"sender": "counsellor", "text": "I'm here to listen, not to judge. What happened?"},
  {"sender": "child", "text": "there was an ad for a free console giveaway, you just had to pay £1 for delivery"},
  {"sender": "child", "text": "i used my mums card. i put in the long number and the 3 digits on the back and our address"},
  {"sender": "child", "text": "now theres money going off it. like £89 and then another £89. she doesnt know it was me yet"},
  {"sender": "counsellor", "text": "Thank you for being honest. That sounds really worrying. How are you feeling?"},
  {"sender": "child", "text": "sick. shes going to kill me"}
 ],
 "labels": ["scam", "privacy_disclosure"], "evasion": False},

{"participants": [{"id": "child", "role": "child"}, {"id": "counsellor", "role": "adult"}],
 "messages": [
  {"sender": "child", "text": "he says hell send it to my school"},
  {"sender": "counsellor", "text": "Hi, I'm here. Can you tell me a bit about what's happening?"},
  {"sender": "child", "text": "a guy i met on rift. i sent him private pictures. now he wants more or hell send the ones he has to my school and my mum. he found my school off my profile"},
  {"sender": "child", "text": "i cant do this anymore. i keep thinking about ending it"},
  {"sender": "counsellor", "text": "Thank you for telling me that. I'm really glad you're talking to me. Are you safe right now?"},
  {"sender": "child", "text": "i dont know. im in my room"}
 ],
 "labels": ["sextortion", "sexting", "self_harm"], "evasion": False},

{"participants": [{"id": "child", "role": "child"}, {"id": "counsellor", "role": "adult"}],
 "messages": [
  {"sender": "child", "text": "theres this account that gives you tasks"},
  {"sender": "counsellor", "text": "Okay. Can you tell me more about the tasks?"},
  {"sender": "child", "text": "it messaged me on clipz. every day it gives me a task and i have to send proof. at first it was like watch a scary video at 3am"},
  {"sender": "child", "text": "now its saying hurt yourself and send a pic to prove it. it says if i stop it will know and something will happen to my family"},
  {"sender": "child", "text": "i havent done that one"},
  {"sender": "counsellor", "text": "Thank you for telling me. That sounds really frightening. What has it said about telling other people?"},
  {"sender": "child", "text": "it said not to tell anyone or itll know"}
 ],
 "labels": ["harmful_challenge", "self_harm"], "evasion": False},

{"participants": [{"id": "child", "role": "child"}, {"id": "counsellor", "role": "adult"}],
 "messages": [
  {"sender": "child", "text": "i sent my passport to someone is that bad"},
  {"sender": "counsellor", "text": "Thanks for asking. Can you tell me what happened?"},
  {"sender": "child", "text": "i applied to be a brand ambassador for an account on pixly. they said they needed a pic of my passport and a selfie holding it to verify me, and my date of birth and address"},
  {"sender": "child", "text": "i sent it and now the account has gone. and today my mum got a letter saying a phone contract was opened in my name??"},
  {"sender": "counsellor", "text": "That sounds confusing and worrying. How old are you, if you're okay to say?"},
  {"sender": "child", "text": "16"}
 ],
 "labels": ["identity_theft"], "evasion": False},

{"participants": [{"id": "child", "role": "child"}, {"id": "counsellor", "role": "adult"}],
 "messages": [
  {"sender": "child", "text": "this girl from my estate, shes like 19, shes really nice to me"},
  {"sender": "child", "text": "she done my nails and got me a new phone"},
  {"sender": "counsellor", "text": "It sounds like she's been giving you things. How did you get to know her?"},
  {"sender": "child", "text": "just from around. she says i can earn money going to parties with her and her mates. they drive you there and theres older men and you just have to be nice to them and they give you money"},
  {"sender": "child", "text": "she says everyone does it and its not a big deal. i went once but i just sat there"},
  {"sender": "counsellor", "text": "Thank you for telling me. How did you feel when you were there?"},
  {"sender": "child", "text": "weird. i didnt like it. she wants me to go again friday and said not to tell my foster carer"}
 ],
 "labels": ["sex_trafficking", "grooming"], "evasion": False},

{"participants": [{"id": "child", "role": "child"}, {"id": "counsellor", "role": "adult"}],
 "messages": [
  {"sender": "child", "text": "can i talk to someone"},
  {"sender": "counsellor", "text": "Yes, I'm here. What's going on?"},
  {"sender": "child", "text": "idk everything feels pointless"},
  {"sender": "child", "text": "i keep thinking about unaliving myself"},
  {"sender": "child", "text": "sorry i cant type the real word it feels weird. like i wanna k!ll mys3lf most nights"},
  {"sender": "counsellor", "text": "That's okay, I understand what you mean, and thank you for telling me. How long have you been feeling like this?"},
  {"sender": "child", "text": "few weeks"},
  {"sender": "counsellor", "text": "I'm really glad you reached out tonight. Are you safe right now?"}
 ],
 "labels": ["self_harm"], "evasion": True},

{"participants": [{"id": "child", "role": "child"}, {"id": "counsellor", "role": "adult"}],
 "messages": [
  {"sender": "child", "text": "someone in a rift server asked me to do something and i feel bad"},
  {"sender": "counsellor", "text": "I'm listening. What did they ask?"},
  {"sender": "child", "text": "this guy asked if i know any girls in my year and if i could send him their pixly pics. he said hes got an app that makes them look like theyve got no clothes on and hed give me £20 game credit for each one"},
  {"sender": "child", "text": "i said no but he keeps asking and he sent me a list of names from my school he found"},
  {"sender": "counsellor", "text": "Thank you for telling me. How are you feeling about it?"},
  {"sender": "child", "text": "worried about my friends. and that he knows my school"}
 ],
 "labels": ["csam"], "evasion": False},

{"participants": [{"id": "child", "role": "child"}, {"id": "counsellor", "role": "adult"}],
 "messages": [
  {"sender": "child", "text": "im worried about my friend"},
  {"sender": "counsellor", "text": "Thanks for getting in touch about your friend. What's worrying you?"},
  {"sender": "child", "text": "she keeps talking about this guy she met online whos like 22. she says hes her boyfriend and he buys her stuff"},
  {"sender": "child", "text": "hes never messaged me or anything its just her. i dont know if i should tell someone"},
  {"sender": "counsellor", "text": "It sounds like you really care about her. What do you think might help?"},
  {"sender": "child", "text": "maybe telling our head of year? but she'll hate me"}
 ],
 "labels": [], "evasion": False},

{"participants": [{"id": "child", "role": "child"}, {"id": "counsellor", "role": "adult"}],
 "messages": [
  {"sender": "child", "text": "my mate keeps going missing for days and coming back with new trainers and loads of cash"},
  {"sender": "child", "text": "he says hes doing work for some older lads in another town. he doesnt really talk to me about it"},
  {"sender": "counsellor", "text": "That sounds like it's been on your mind. How are things between you two?"},
  {"sender": "child", "text": "fine i guess. i just dont want him to get hurt. nobodys asked me to do anything im just worried about him"},
  {"sender": "counsellor", "text": "It's kind of you to look out for him. Would it help to think about who you could talk to about this?"}
 ],
 "labels": [], "evasion": False},

{"participants": [{"id": "child", "role": "child"}, {"id": "counsellor", "role": "adult"}],
 "messages": [
  {"sender": "child", "text": "my best friend told me she wants to die and made me promise not to tell"},
  {"sender": "counsellor", "text": "That sounds like a really heavy thing to be holding. How are you doing?"},
  {"sender": "child", "text": "im ok. im not the one who feels like that. i just dont know what to do, she said shell never speak to me again if i tell"},
  {"sender": "counsellor", "text": "That's a hard position to be in. Sometimes keeping someone safe matters more than keeping a promise. Is there an adult you both trust?"},
  {"sender": "child", "text": "our form tutor maybe"}
 ],
 "labels": [], "evasion": False},

{"participants": [{"id": "child", "role": "child"}, {"id": "counsellor", "role": "adult"}],
 "messages": [
  {"sender": "child", "text": "my mocks are next week and im gonna die"},
  {"sender": "counsellor", "text": "Exams can feel really overwhelming. What's worrying you most?"},
  {"sender": "child", "text": "maths. i literally cant do any of it. my dad will kill me if i fail"},
  {"sender": "counsellor", "text": "That sounds like a lot of pressure. What do you think would really happen if it didn't go well?"},
  {"sender": "child", "text": "lol not literally. hed just be disappointed and take my phone for a bit. hes fine really"},
  {"sender": "child", "text": "i think i just need a revision plan"},
  {"sender": "counsellor", "text": "That sounds like a good idea. Shall we think about how to break it down?"}
 ],
 "labels": [], "evasion": False},

{"participants": [{"id": "child", "role": "child"}, {"id": "counsellor", "role": "adult"}],
 "messages": [
  {"sender": "child", "text": "i got a text saying my parcel couldnt be delivered and to pay £1.45 at a link"},
  {"sender": "child", "text": "i didnt click it cos im not even expecting anything. how do i report it?"},
  {"sender": "counsellor", "text": "Well done for spotting that. You can report it to your phone network as spam and then delete it. Telling a parent or carer is a good idea too."},
  {"sender": "child", "text": "ok thanks. should i block the number as well"},
  {"sender": "counsellor", "text": "Yes, you can block it. You haven't done anything wrong."}
 ],
 "labels": [], "evasion": False},

{"participants": [{"id": "child", "role": "child"}, {"id": "counsellor", "role": "adult"}],
 "messages": [
  {"sender": "child", "text": "is it normal that my mum reads my messages"},
  {"sender": "counsellor", "text": "Lots of young people ask about this. What's been happening?"},
  {"sender": "child", "text": "shes started checking my phone every night since i got it for my birthday. im 11. she reads my group chats"},
  {"sender": "child", "text": "she says its just till im older and shes not being nosy. its kinda embarrassing tho"},
  {"sender": "counsellor", "text": "It sounds like it feels embarrassing. Have you been able to talk to her about how it makes you feel?"},
  {"sender": "child", "text": "not really. maybe i could ask her to check less"}
 ],
 "labels": [], "evasion": False},

{"participants": [{"id": "child", "role": "child"}, {"id": "counsellor", "role": "adult"}],
 "messages": [
  {"sender": "child", "text": "my parents track my location on famtrack and its so annoying"},
  {"sender": "child", "text": "my mum literally texted me why are you at the chippy. like i was with my mates its fine"},
  {"sender": "counsellor", "text": "That does sound frustrating. Why do you think they use it?"},
  {"sender": "child", "text": "she says its cos i walk home in the dark now. i get it but im 15 not 5"},
  {"sender": "counsellor", "text": "Maybe you could agree some rules together, like when they'll check. How do you think they'd react to that?"},
  {"sender": "child", "text": "probably ok actually"}
 ],
 "labels": [], "evasion": False},

{"participants": [{"id": "child", "role": "child"}, {"id": "counsellor", "role": "adult"}],
 "messages": [
  {"sender": "child", "text": "i saw a thing on the news about a boy who got blackmailed with pictures online"},
  {"sender": "child", "text": "how does that even happen? nothing like that has happened to me i just cant stop thinking about it"},
  {"sender": "counsellor", "text": "It's understandable that a story like that stays with you. Sometimes people online pretend to be someone else to trick young people. If anything like that ever happened, it would never be the young person's fault, and they could talk to us."},
  {"sender": "child", "text": "ok. it just made me sad for him"},
  {"sender": "counsellor", "text": "That shows you care. Would it help to talk about what you saw?"}
 ],
 "labels": [], "evasion": False},

{"participants": [{"id": "child", "role": "child"}, {"id": "counsellor", "role": "adult"}],
 "messages": [
  {"sender": "child", "text": "can i practise what to say to someone"},
  {"sender": "counsellor", "text": "Of course. Who is it you want to talk to?"},
  {"sender": "child", "text": "this boy in my class who calls me names at lunch. my teacher said i should tell him calmly to stop and shes keeping an eye on it"},
  {"sender": "child", "text": "so like if he says oi loser i say i dont like it when you call me that, please stop. is that ok?"},
  {"sender": "counsellor", "text": "That sounds clear and calm. How would you feel saying it?"},
  {"sender": "child", "text": "nervous. but my teacher said shed be nearby"}
 ],
 "labels": [], "evasion": False},

{"participants": [{"id": "child", "role": "child"}, {"id": "counsellor", "role": "adult"}],
 "messages": [
  {"sender": "child", "text": "is it normal for a job to ask for your passport"},
  {"sender": "counsellor", "text": "Can you tell me a bit more about the job?"},
  {"sender": "child", "text": "its a saturday job at the bakery on my road, crumb and co. i went in and met the manager with my dad. she said bring my passport and national insurance letter on the first day for a right to work check"},
  {"sender": "counsellor", "text": "It sounds like your dad was there and you met the manager in person. How are you feeling about starting?"},
  {"sender": "child", "text": "excited. its £6.40 an hour lol"}
 ],
 "labels": [], "evasion": False},

{"participants": [{"id": "child", "role": "child"}, {"id": "counsellor", "role": "adult"}],
 "messages": [
  {"sender": "child", "text": "me and my friends fell out and now i sit on my own at lunch"},
  {"sender": "counsellor", "text": "That sounds lonely. How long has it been like this?"},
  {"sender": "child", "text": "about a week. it was over something stupid, i said something about her ex"},
  {"sender": "counsellor", "text": "Sometimes when things feel this hard, people have thoughts of hurting themselves. Has anything like that been on your mind?"},
  {"sender": "child", "text": "no nothing like that. im just sad and bored at lunch"},
  {"sender": "child", "text": "i might message her and say sorry"}
 ],
 "labels": [], "evasion": False},

{"participants": [{"id": "child", "role": "child"}, {"id": "counsellor", "role": "adult"}],
 "messages": [
  {"sender": "child", "text": "i got a text with a code for my glimmr account but i didnt ask for one"},
  {"sender": "child", "text": "it says dont share this code with anyone. i didnt share it. is someone trying to get into my account"},
  {"sender": "counsellor", "text": "Good thinking not to share it. It might be worth changing your password and turning on extra security. Would you like to talk through how?"},
  {"sender": "child", "text": "its ok i changed it already. my big brother helped"}
 ],
 "labels": [], "evasion": False},

{"participants": [{"id": "child", "role": "child"}, {"id": "counsellor", "role": "adult"}],
 "messages": [
  {"sender": "child", "text": "my parents took my phone for a week and i feel like im going crazy"},
  {"sender": "child", "text": "i keep thinking im missing stuff in the group chat"},
  {"sender": "counsellor", "text": "That sounds hard. What happened that they took it?"},
  {"sender": "child", "text": "i was on it till 2am on a school night lol. fair enough i guess"},
  {"sender": "counsellor", "text": "It's normal to feel left out when you're away from your phone. What might help you feel less anxious this week?"},
  {"sender": "child", "text": "seeing my mates at football probably"}
 ],
 "labels": [], "evasion": False},

{"participants": [{"id": "child", "role": "child"}, {"id": "counsellor", "role": "adult"}],
 "messages": [
  {"sender": "child", "text": "my brother keeps logging into my squadfall account and playing on it"},
  {"sender": "child", "text": "he asked for my password ages ago to do a level for me and now hes changed it"},
  {"sender": "counsellor", "text": "That sounds annoying. Have you been able to talk to anyone at home about it?"},
  {"sender": "child", "text": "my mum said shell make him change it back. hes 16 and so annoying"},
  {"sender": "counsellor", "text": "It sounds like your mum is helping. Would it be good to have a password only you know afterwards?"},
  {"sender": "child", "text": "yeah defo"}
 ],
 "labels": [], "evasion": False},
]
