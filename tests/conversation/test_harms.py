"""Every message-level harm: a positive case, an evasion of it, a negative and a hard negative
that shares its words. All non-explicit, pattern-level."""

from __future__ import annotations

import pytest

from onguard.conversation import Scanner

SCANNER = Scanner(models=[])
CHILD = [{"id": "c", "role": "child"}, {"id": "x", "role": "unknown"}]


def _conv(*turns: tuple[str, str], participants=CHILD) -> dict:
    return {
        "id": "t",
        "participants": participants,
        "messages": [{"sender": s, "text": t} for s, t in turns],
    }


def _reported(conv: dict) -> set[str]:
    return {h.harm for h in SCANNER.scan(conv).harms}


# (harm, positive, evasion, negative, hard negative sharing words)
CASES = [
    (
        "grooming",
        _conv(
            ("x", "how old are you"),
            ("c", "13"),
            ("x", "don't tell your mum about me"),
            ("x", "add me on snap"),
            ("x", "let's meet up saturday"),
        ),
        _conv(
            ("x", "h0w 0ld r u"),
            ("c", "13"),
            ("x", "d.o.n.t t.e.l.l ur mum 🤫"),
            ("x", "add me on sn4pchat"),
            ("x", "wanna m33t up"),
        ),
        _conv(("x", "did you finish the project"), ("c", "yes"), ("x", "great work")),
        _conv(
            ("x", "don't tell mum, it's a surprise party"),
            ("c", "ok!"),
            ("x", "how old is she turning?"),
        ),
    ),
    (
        "sexting",
        _conv(("x", "send me a pic in your underwear"), ("x", "i'll delete it after")),
        _conv(("x", "s3nd n00dz"), ("x", "it disappears anyway")),
        _conv(("x", "send me the holiday photos"), ("c", "sure")),
        _conv(("x", "send me a pic of question 4"), ("c", "here")),
    ),
    (
        "sextortion",
        _conv(("x", "pay me £200 or i send the pics to all your friends")),
        _conv(("x", "p4y me or i s3nd the p1cs to ur family"), ("x", "u have 10 mins")),
        _conv(("x", "can you pay me back the £5 for lunch"), ("c", "yeah")),
        _conv(("x", "i'll send the photos to the group chat after the party")),
    ),
    (
        "csam",
        _conv(("x", "can u nudify this pic of her")),
        _conv(("x", "can u n.u.d.i.f.y this pic of her")),
        _conv(("x", "can you edit this pic to make the sky blue")),
        _conv(("x", "the news said nudify apps are being banned")),
    ),
    (
        "sex_trafficking",
        _conv(
            ("x", "i can get you a modelling job, easy money"),
            ("x", "you'll get paid to meet my friends"),
            ("x", "bring a friend"),
        ),
        _conv(("x", "u'll get p4id to meet my mates"), ("x", "br1ng ur friends")),
        _conv(("x", "the modelling club meets on tuesday at school")),
        _conv(("x", "bring your friends to my birthday party")),
    ),
    (
        "cyberbullying",
        _conv(("x", "ur such a loser"), ("x", "nobody likes you"), ("x", "kys")),
        _conv(("x", "ur such a l0s3r"), ("x", "k.y.s")),
        _conv(("x", "you are such a good friend"), ("c", "aw")),
        _conv(("x", "this level is killing me"), ("c", "i'm dying of laughter")),
    ),
    (
        "scam",
        _conv(
            (
                "x",
                "Congratulations you have won! Click the link to claim your prize "
                "http://win.example/claim now",
            )
        ),
        _conv(("x", "FR33 R0BUX!! claim ur free robux here bit.ly/x1y2")),
        _conv(("x", "we won the match, congratulations team")),
        _conv(("x", "reminder: never share your password with anyone")),
    ),
    (
        "identity_theft",
        _conv(("x", "i sent you a code by mistake, can you send it back")),
        _conv(("x", "whats ur p@ssword")),
        _conv(("x", "what's the code for the game lobby")),
        _conv(("x", "what's the wifi password")),
    ),
    (
        "harmful_challenge",
        _conv(("x", "do the blackout challenge and film it")),
        _conv(("x", "i d4re u to hold ur breath till u pass out")),
        _conv(("x", "want to do the reading challenge at the library")),
        _conv(("x", "school warned us about the blackout challenge, don't do it")),
    ),
    (
        "privacy_disclosure",
        _conv(("x", "where do you live"), ("c", "42 Elm Road, Leeds LS6 2AB")),
        _conv(("x", "number?"), ("c", "its 0 7 7 0 0 9 0 0 1 2 3")),
        _conv(("x", "where do you live"), ("c", "not telling you")),
        _conv(("x", "our office is at 42 Elm Road, Leeds LS6 2AB")),
    ),
    (
        "unwanted_contact",
        _conv(("x", "you don't know me but i saw your profile")),
        _conv(("x", "y0u d0nt kn0w me but i found your insta")),
        _conv(("x", "hi it's Sam from your class")),
        _conv(("x", "you don't know me that well yet but welcome to the team")),
    ),
    (
        "criminal_exploitation",
        _conv(("x", "£500 for the weekend, cash in hand"), ("x", "just drop this package for me")),
        _conv(("x", "c4sh in h4nd, easy money"), ("x", "dr0p this p4ckage 4 me")),
        _conv(("x", "do you want to earn pocket money washing cars")),
        _conv(("x", "can you drop this parcel at the post office, it's a vinted return")),
    ),
    (
        "money_mule",
        _conv(
            ("x", "can i use your bank account to receive some money"),
            ("x", "keep £100 and send the rest back"),
        ),
        _conv(("x", "lend me ur b4nk card for a day")),
        _conv(("x", "i opened my first bank account today")),
        _conv(("x", "your birthday money from nan is in your bank account")),
    ),
    (
        "location_control",
        _conv(("x", "send me your live location now"), ("x", "why is your location off")),
        _conv(("x", "s3nd me ur l1ve l0cation"), ("x", "turn ur location back on")),
        _conv(("x", "what's the location of the party"), ("c", "high street")),
        _conv(("c", "my mum tracks my location with Life360 and that's fine")),
    ),
    (
        "self_harm",
        _conv(("c", "i want to die"), ("c", "there's no point anymore")),
        _conv(("c", "i w4nt to d1e, n0 point anym0re")),
        _conv(("c", "i want to try the new pizza place")),
        _conv(("c", "this exam makes me want to die lol"), ("x", "same haha")),
    ),
]


@pytest.mark.parametrize(
    ("harm", "positive", "evasion", "negative", "hard_negative"), CASES, ids=[c[0] for c in CASES]
)
def test_harm(
    harm: str, positive: dict, evasion: dict, negative: dict, hard_negative: dict
) -> None:
    assert harm in _reported(positive)
    assert harm in _reported(evasion)
    assert harm not in _reported(negative)
    assert harm not in _reported(hard_negative)


def test_every_message_level_harm_has_a_case() -> None:
    from onguard.taxonomy import default_taxonomy

    wanted = {h.id for h in default_taxonomy().harms.values() if h.message_level}
    assert wanted == {c[0] for c in CASES}


# Friends' hyperbole and family requests that share a harm's words: not reported on their own.
HYPERBOLE = [
    ("self_harm", _conv(("c", "that lesson was so long"), ("x", "same i wanna die \U0001f602"))),
    ("self_harm", _conv(("c", "no wifi all weekend, i want to die of boredom"))),
    ("cyberbullying", _conv(("x", "lose my rank n im gonna kill u \U0001f602"), ("c", "i wont"))),
    ("cyberbullying", _conv(("x", "Year 8, please upload a photo of your finished sketch"))),
    ("identity_theft", _conv(("c", "whats the netflix password again, mum changed it"))),
]


@pytest.mark.parametrize(("harm", "conv"), HYPERBOLE, ids=[c[0] for c in HYPERBOLE])
def test_hyperbole_and_family_requests_are_not_reported(harm: str, conv: dict) -> None:
    assert harm not in _reported(conv)


def test_the_same_words_meant_are_reported() -> None:
    assert "self_harm" in _reported(_conv(("c", "i want to die, i mean it")))
    assert "cyberbullying" in _reported(_conv(("x", "im gonna kill u after school")))
    assert "identity_theft" in _reported(_conv(("x", "whats ur password")))
