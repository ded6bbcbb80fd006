"""Independent checks: the scanner on hand-written sets written by outside evaluators,
scored by the real scorer.

Each set was written separately from the scanner's own hand-written tests and without
reading the recognisers' patterns, the way an outside evaluator would write one (see each
set's README):

- `crosscheck/`: the first; rules were later widened for the categories it showed missing
  (never line by line).
- `blind/`, `blind2/` (session 3): each scored blind first (rules only micro F1 0.656 and
  0.736), then the rules were widened for the signal families it showed missing (round 1 on
  `blind/`, round 2 on `blind2/`): development sets now.
- `blind3/` (session 3): never tuned on in session 3 (rules only 0.721 at the end of round 2);
  round 3 of widening (session 4) was tuned on it (0.966): a development set now.
- `blind4/` (session 3): never tuned on: the honest figure for new phrasing (rules only 0.707
  at the end of round 2, 0.739 in session 4).
- `blind5/` (session 5): scored blind first (rules only 0.674), then round 4 of widening was
  tuned on it (0.819): a development set now.
- `blind6/` (session 5): never tuned on, and not among the annotated models' training sets:
  the honest figure for new phrasing from session 5 on (rules only 0.795, default 0.935).
- `blind7/`, `blind8/` (session 5): scored blind first (rules only 0.722 and 0.636), then
  added to the annotated models' training sets; the rules were not tuned on them.
- `blind9/`, `blind10/` (session 6): scored blind first with the session's starting code
  (rules only 0.667 and 0.588, default 0.860 and 0.766), then rules round 5, the discussion
  frame and the fragment runs were tuned on them, and they joined the annotated models'
  training sets: development sets now.
- `blind11/` (end of session 6): never tuned on, and not among the annotated models' training
  sets, like `blind6/` (rules only 0.703, default 0.840, false-alarm rate 0.20).
- `blind12/` (end of session 6): half hard negatives; scored first (rules only 0.689, default
  0.816, false-alarm rate 0.31), then the rules' context words were tuned on it and it joined
  the annotated models' training sets: a development set now.
- `blind13/` (session 8): half hard negatives, a new writer; scored first (rules only 0.701,
  default 0.830, false-alarm rate 0.098), then rules round 6 was tuned on it and it joined the
  annotated models' training sets: a development set now.
- `blind14/` (session 8): half hard negatives, another new writer (younger children, formal
  adults, multilingual families); scored first with session 8's code after round 6 (rules only
  0.662, default 0.854, false-alarm rate 0.117 / 0.133), then rules round 7 and context words
  were tuned on it and it joined the annotated models' training sets: a development set now.
- `blind15/` (session 9): half hard negatives, another new writer (talk about harms, family
  requests, trash talk); scored first with session 9's code after the letter-spacing change
  (rules only 0.593, default 0.675, false-alarm rate 0.200 / 0.233), then rules round 8,
  discussion-frame words and the family-sender step were tuned on it and it joined the
  annotated models' training sets: a development set now.
- `blind16/` (session 9): half hard negatives, another new writer (formal offenders, older
  teenagers, single service texts); scored first after round 8 (rules only 0.587, default
  0.805, false-alarm rate 0.103 / 0.190; session 8's code: 0.560 / 0.792), then rules round 9
  and the service-notice step were tuned on it and it joined the annotated models' training
  sets: a development set now.
- `blind17/` (session 10): half hard negatives, another new writer (what a child shows a
  parent: nudifying apps described, not named; dares on film; county lines in emoji); scored
  first with session 10's starting code (rules only 0.650, default 0.796, false-alarm rate
  0.085 / 0.119), then rules round 10, the evasion changes (spaced letters with digits,
  listed words split by a dot, "1" as "l") and school years as ages were tuned on it and it
  joined the annotated models' training sets: a development set now.
- `blind18/` (session 10): half hard negatives, another new writer (a platform's view: long
  group chats, adults among adults, offenders who change tactics); scored first with session
  10's starting code (rules only 0.670, default 0.757, false-alarm rate 0.224 / 0.241) and
  again after round 10 (0.694 / 0.785: the round carried over), then rules round 11, shared
  location context words and one-sender grooming were tuned on it and it joined the
  annotated models' training sets: a development set now.
- `blind19/` (session 10): half hard negatives, another new writer (a youth worker's view:
  older teenagers, children disclosing to a friend, a brother, a youth worker or a helpline);
  scored first after round 11 (rules only 0.655, default 0.754, false-alarm rate 0.103;
  session 10's starting code: 0.647 / 0.734, 0.103), then rules round 12, context words and
  more discussion-frame words were tuned on it and it joined the annotated models' training
  sets: a development set now.
- `blind20/` (session 10): half hard negatives, another new writer (a helpline counsellor's
  or a primary teacher's view: younger children, children's games); scored first after round
  12 (rules only 0.707, default 0.785, false-alarm rate 0.107 / 0.125; session 10's starting
  code: 0.683 / 0.744, 0.107 / 0.143), then rules round 13 and context words were tuned on it
  and it joined the annotated models' training sets: a development set now.
- `blind21/` (end of session 10): 105 conversations, 48 clean; another new writer (a police
  online-safety officer's view: phones shared by families, several personas); never tuned on,
  and not among the annotated models' training sets, like `blind6/` and `blind11/`. Scored
  with session 10's starting code (rules only 0.745, default 0.779, false-alarm rate 0.104)
  and its final code (0.779 / 0.828, 0.104).
- `blind22/` (session 11): 127 conversations, 58 clean; another new writer (a school's
  designated safeguarding lead's view: pupils aged 10-16 over a term, screenshots typed up,
  patient offenders). Scored first with session 11's starting code (rules only 0.725, default
  0.833, false-alarm rate 0.069), then rules round 14 was tuned on it and it joined the
  annotated models' training sets: a development set now.
- `blind23/` (session 11): 133 conversations, 60 clean; another new writer (a platform
  moderator's view: marketplaces, friend-finder apps, livestream comments, coded words).
  Scored first with session 11's starting code (0.751 / 0.843, false-alarm rate 0.017) and
  after round 14, which was not tuned on it (0.765 / 0.848), then rules round 15 was tuned on
  it and it joined the annotated models' training sets: a development set now.
- `blind24/` and `blind25/` (end of session 11): 115 conversations each, 54 and 53 clean;
  two more new writers (a parent's view of a younger child's phone; a youth worker's view of
  15- to 17-year-olds); never tuned on, and not among the annotated models' training sets.
  Scored with session 11's starting code (rules only 0.667 / 0.671, default 0.816 / 0.824,
  false-alarm rate 0.130 / 0.148 and 0.019 / 0.057) and its final code (0.698 / 0.676,
  0.822 / 0.826, the same false-alarm rates).
- `blind26/` and `blind27/` (session 12): 130 conversations each, 59 clean; two more new
  writers (a children's social worker's view: long chats where a child's age shows only
  through cues, remote mothering, county lines; a game platform's trust-and-safety view:
  short slangy lines, 28% of positives evasive). Scored first with session 12's starting
  code (rules only 0.555 / 0.583, default 0.743 / 0.788, false-alarm rate 0.034 / 0.034 and
  0.102 / 0.051), then rules rounds 16 and 17 were tuned on them and they joined the
  annotated models' training sets: development sets now.
- `blind28/` (session 12): 135 conversations, 62 clean; another new writer (a helpline
  worker's view of 14- to 17-year-olds' screenshots: job and modelling offers, sextortion of
  boys, deepfake threats); never tuned on, and not among the annotated models' training
  sets. Scored with session 12's starting code (rules only 0.543, default 0.713,
  false-alarm rate 0.081 / 0.129) and its final code (docs/results-history.md's results table).
- `blind29/` and `blind30/` (session 13): 129 and 133 conversations, 59 and 61 clean; two
  more new writers (a youth offending team's view: county lines, trafficking, money mules,
  location control; a school safeguarding lead's view: image-based harm, sextortion,
  challenges, unwanted contact). Scored first with session 13's starting code (rules only
  0.685 / 0.622, default 0.770 / 0.759, false-alarm rate 0.085 / 0.082 and 0.102 / 0.098),
  then rules rounds 18 and 19 were tuned on them and they joined the annotated models'
  training sets: development sets now.
- `blind31/` (session 13): 147 conversations, 69 clean; another new writer (a parent-support
  volunteer's view of 8- to 13-year-olds: block-building and racing games, in-game currency,
  first phones); never tuned on, and not among the annotated models' training sets. Scored
  with session 13's starting code (rules only 0.690, default 0.789, false-alarm rate 0.116 /
  0.174) and its final code (docs/results-history.md's results table).
- `blind32/` and `blind33/` (session 14): 129 and 126 conversations, 60 and 58 clean; two
  more new writers (a platform trust-and-safety moderator's queue of reported DMs: fake
  recruiters, account lending, impersonation, pile-ons; a children's helpline counsellor's
  view: children telling in their own words what is done to them). Scored first with session
  14's starting code (rules only 0.762 / 0.717, default 0.861 / 0.829, false-alarm rate
  0.067 / 0.103 and 0.150 / 0.207), then rules rounds 21 and 20 were tuned on them and they
  joined the annotated models' training sets: development sets now.
- `blind34/` (session 14): 129 conversations, 60 clean; another new writer (a children's home
  key worker's and foster carers' view of looked-after 12- to 17-year-olds: older "partners",
  offers of somewhere to stay, county lines, account holding, pretend birth relatives); never
  tuned on, and not among the annotated models' training sets. Scored with session 14's
  starting code (rules only 0.654, default 0.770, false-alarm rate 0.017 / 0.067) and its
  final code (docs/results-history.md's results table).
- `blind35/` (session 15): 132 conversations, 61 clean; another new writer (16- and
  17-year-olds: college, first jobs, dating and friend-finding apps, marketplaces, side
  hustles; adults who use "you're basically 18"); never tuned on, and not among the annotated
  models' training sets. Scored with session 15's starting code (rules only 0.761, default
  0.817, false-alarm rate 0.082 / 0.098) and its final code (docs/results-history.md's results
  table).
- `blind36/` and `blind37/` (session 15): 125 and 108 conversations, 57 and 49 clean; two
  more new writers (16- and 17-year-olds again, by another hand; a secondary school
  safeguarding lead's long threads of 12-28 messages, group chats where one or two behave
  harmfully). Scored first with session 15's starting code (rules only 0.756 / 0.784,
  default 0.865 / 0.798, false-alarm rate 0.035 / 0.163 and 0.070 / 0.204), then rules
  rounds 22 and 23 were tuned on them and they joined the annotated models' training sets:
  development sets now.
- `blind38/` (session 17): 117 conversations, 56 clean; another new writer (children and
  young people with special educational needs and disabilities, 10 to 17, as their carers
  and a SENCO see their chats); never tuned on, and not among the annotated models' training
  sets. Scored with session 17's starting code (rules only 0.722, default 0.792, false-alarm
  rate 0.107 / 0.143) and its final code (docs/results-history.md's results table).
- `blind39/` and `blind40/` (session 17): 119 and 119 conversations, 57 and 57 clean; two
  more new writers (multilingual pupils of 11 to 16 who switch languages in chat, and family
  group chats; coaches, tutors and youth leaders in clubs and activities, as a club welfare
  officer sees them). Scored first with session 17's starting code (rules only 0.692 /
  0.659, default 0.780 / 0.798, false-alarm rate 0.158 / 0.123 and 0.228 / 0.123), then
  rules rounds 24 and 25 were tuned on them and they joined the annotated models' training
  sets: development sets now.
- `blind41/`, `blind42/` and `blind43/` (session 18): 120 conversations each, 58, 58 and 57
  clean; three more new writers (parents' and carers' point of view, children of 7 to 14; a
  platform trust-and-safety report queue of many services used by 12- to 17-year-olds; boys
  and young men of 12 to 17: financial sextortion, money mules, county lines). `blind42/` is
  never tuned on and not among the annotated models' training sets. `blind41/` and
  `blind43/` were scored first with session 18's starting code (rules only 0.814 / 0.754,
  default 0.847 / 0.813, false-alarm rate 0.121 / 0.105 and 0.190 / 0.123), then rules rounds
  26 and 27 were tuned on them and they joined the annotated models' training sets:
  development sets now.
- `blind44/` (session 19): 120 conversations, 57 clean; another new writer (looked-after
  children and care leavers of 13 to 17, as social workers, foster carers and key workers see
  their chats); never tuned on, and not among the annotated models' training sets. Scored
  with session 19's code (rules only 0.763, default 0.856, false-alarm rate 0.053 / 0.088).
- `blind45/` (session 19, landed in session 20): 120 conversations; another new writer (girls
  and young women of 12 to 17 and the adults around them). Scored first with session 18's
  final code (rules only 0.866, default 0.901, false-alarm rate 0.018 / 0.036), then rules
  round 28 was tuned on it and it joined the annotated models' training sets: a development
  set now.
- `blind46/` (session 20): 120 conversations, 57 clean; another new writer (livestreaming and
  young content creators of 11 to 17); never tuned on, and not among the annotated models'
  training sets. Scored once, with round 28 and the annotated models trained on `blind45/`
  (rules only 0.774, default 0.814, false-alarm rate 0.123 / 0.193).
- `blind47/` and `blind48/` (session 20): 120 conversations each, 57 clean; two more new
  writers (school holidays and transitions, children of 9 to 14; young people in Scotland,
  Wales, Northern Ireland and the north of England writing in dialect). Scored first with
  round 28 (rules only 0.806 / 0.717, default 0.873 / 0.816, false-alarm rate 0.070 / 0.105
  and 0.088 / 0.123), then rules rounds 29 and 30 were tuned on them and they joined the
  annotated models' training sets: development sets now.
- `blind49/` (session 21): 120 conversations, 58 clean; another new writer (online
  peer-support spaces of 13- to 17-year-olds); never tuned on, and not among the annotated
  models' training sets. Scored once, on arrival, with the session's normaliser and frame
  changes (rules only 0.798, default 0.878, false-alarm rate 0.086 / 0.103).
- `blind50/` (session 21): 120 conversations, 57 clean; another new writer (large group chats
  of 4-12 people, mostly 11 to 17). Scored first (rules only 0.772, default 0.806,
  false-alarm rate 0.140 / 0.175), then rules round 31 was tuned on it and it joined the
  annotated models' training sets: a development set now.
- `blind51/` (session 22): 120 conversations, 54 clean; another new writer (dictated and
  rushed messages: voice-to-text without punctuation, autocorrect slips, one thought split
  over several messages); never tuned on, and not among the annotated models' training
  sets. Scored once, on arrival, with session 21's final code (rules only 0.819, default
  0.881, false-alarm rate 0.130 / 0.111).
- `blind52/` (session 22): 120 conversations, 56 clean; another new writer (gaming
  economies: trades, in-game currency, boosting, account sales). Scored first (rules only
  0.766, default 0.826, false-alarm rate 0.071 / 0.089), then rules round 32 was tuned on it
  and it joined the annotated models' training sets: a development set now.
- `blind53/` (session 22): 120 conversations, 55 clean; another new writer (sport, fitness
  and body image: clubs, online coaches, "scouts", supplement sellers); never tuned on, and
  not among the annotated models' training sets. Scored once, on arrival, with round 32 and
  the thirty-eight-set annotated models (rules only 0.744, default 0.822, false-alarm rate
  0.091 / 0.091).
- `blind54/` (session 22): 120 conversations, 57 clean; another new writer (local
  marketplaces, selling and odd jobs, 13 to 17). Scored first (rules only 0.806, default
  0.871, false-alarm rate 0.053 / 0.053), then rules round 33 was tuned on it and it joined
  the annotated models' training sets: a development set now.
- `blind55/` (session 23): 120 conversations, 55 clean; another new writer (music, fandoms
  and impersonated stars: fake artists, "managers" and ticket sellers); never tuned on, and
  not among the annotated models' training sets. Scored once, on arrival, with session 22's
  final code (rules only 0.804, default 0.876, false-alarm rate 0.055 / 0.055).
- `blind56/` (session 23): 120 conversations, 56 clean; another new writer (AI chatbots, AI
  companions and image apps). Scored first (rules only 0.834, default 0.883, false-alarm
  rate 0.071 / 0.071), then rules round 34 was tuned on it and it joined the annotated
  models' training sets: a development set now.
- `blind57/` (session 23): 120 conversations, 56 clean; another new writer (homework help,
  tutoring and online learning, 9 to 17); never tuned on, and not among the annotated
  models' training sets. Scored once, on arrival, with session 22's final code (rules only
  0.764, default 0.832, false-alarm rate 0.054 / 0.071).
- `blind58/` (session 23): 120 conversations, 56 clean; another new writer (crypto,
  investing and get-rich-quick schemes, 13 to 17). Scored first (rules only 0.793, default
  0.854, false-alarm rate 0.018 / 0.018), then rules round 34 was tuned on it and it joined
  the annotated models' training sets: a development set now.

Since session 4 the shipped (default) scanner includes models trained on these sets, all
but the held-out ones (`HELD_OUT` in `onguard.detect.learned.annotated`), so its rows here
are in-sample for them; the held-out figure is checked in
`tests/detect/learned/test_annotated.py`.

The floors sit about 0.1 under what was measured, so they catch regressions, not wobbles.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from onguard.conversation import Scanner
from onguard.taxonomy import default_taxonomy

REPO = Path(__file__).resolve().parents[2]
SETS = REPO / "tests" / "data"

# set -> configuration -> (min micro F1, max false-alarm rate), about 0.1 worse than
# measured (see each set's README). "shipped" = rules + the shipped learned models.
FLOORS: dict[str, dict[str, tuple[float, float]]] = {
    "crosscheck": {"rules": (0.63, 0.18), "shipped": (0.60, 0.32)},
    "blind": {"rules": (0.85, 0.1), "shipped": (0.85, 0.2)},
    "blind2": {"rules": (0.85, 0.1), "shipped": (0.85, 0.2)},
    "blind3": {"rules": (0.85, 0.1), "shipped": (0.85, 0.15)},
    "blind4": {"rules": (0.63, 0.15), "shipped": (0.62, 0.17)},
    "blind5": {"rules": (0.68, 0.2), "shipped": (0.86, 0.2)},
    "blind6": {"rules": (0.72, 0.18), "shipped": (0.85, 0.18)},
    "blind7": {"rules": (0.62, 0.15), "shipped": (0.86, 0.15)},
    "blind8": {"rules": (0.54, 0.2), "shipped": (0.84, 0.2)},
    "blind9": {"rules": (0.66, 0.15), "shipped": (0.86, 0.15)},
    "blind10": {"rules": (0.64, 0.19), "shipped": (0.83, 0.19)},
    "blind11": {"rules": (0.6, 0.3), "shipped": (0.74, 0.3)},
    "blind12": {"rules": (0.64, 0.22), "shipped": (0.82, 0.22)},
    "blind13": {"rules": (0.64, 0.19), "shipped": (0.76, 0.2)},
    "blind14": {"rules": (0.65, 0.17), "shipped": (0.76, 0.23)},
    "blind15": {"rules": (0.62, 0.2), "shipped": (0.69, 0.25)},
    "blind16": {"rules": (0.58, 0.14), "shipped": (0.78, 0.17)},
    "blind17": {"rules": (0.7, 0.12), "shipped": (0.8, 0.14)},
    "blind18": {"rules": (0.72, 0.16), "shipped": (0.8, 0.18)},
    "blind19": {"rules": (0.7, 0.12), "shipped": (0.78, 0.12)},
    "blind20": {"rules": (0.7, 0.14), "shipped": (0.77, 0.15)},
    "blind21": {"rules": (0.66, 0.2), "shipped": (0.7, 0.2)},
    "blind22": {"rules": (0.83, 0.12), "shipped": (0.83, 0.12)},
    "blind23": {"rules": (0.87, 0.1), "shipped": (0.87, 0.1)},
    "blind24": {"rules": (0.6, 0.23), "shipped": (0.72, 0.25)},
    "blind25": {"rules": (0.58, 0.12), "shipped": (0.72, 0.16)},
    "blind26": {"rules": (0.82, 0.14), "shipped": (0.81, 0.19)},
    "blind27": {"rules": (0.87, 0.14), "shipped": (0.87, 0.16)},
    "blind28": {"rules": (0.48, 0.2), "shipped": (0.64, 0.25)},
    "blind29": {"rules": (0.83, 0.19), "shipped": (0.83, 0.2)},
    "blind30": {"rules": (0.81, 0.19), "shipped": (0.81, 0.2)},
    "blind31": {"rules": (0.6, 0.22), "shipped": (0.69, 0.28)},
    "blind32": {"rules": (0.85, 0.17), "shipped": (0.83, 0.24)},
    "blind33": {"rules": (0.85, 0.21), "shipped": (0.84, 0.28)},
    "blind34": {"rules": (0.55, 0.12), "shipped": (0.67, 0.17)},
    "blind35": {"rules": (0.66, 0.18), "shipped": (0.72, 0.2)},
    "blind36": {"rules": (0.85, 0.14), "shipped": (0.85, 0.16)},
    "blind37": {"rules": (0.79, 0.26), "shipped": (0.82, 0.18)},
    "blind38": {"rules": (0.63, 0.21), "shipped": (0.7, 0.25)},
    "blind39": {"rules": (0.86, 0.1), "shipped": (0.84, 0.17)},
    "blind40": {"rules": (0.86, 0.1), "shipped": (0.86, 0.12)},
    "blind41": {"rules": (0.86, 0.1), "shipped": (0.86, 0.12)},
    "blind42": {"rules": (0.67, 0.24), "shipped": (0.75, 0.27)},
    "blind43": {"rules": (0.86, 0.15), "shipped": (0.86, 0.15)},
    "blind44": {"rules": (0.66, 0.15), "shipped": (0.75, 0.19)},
    "blind45": {"rules": (0.83, 0.12), "shipped": (0.83, 0.12)},
    "blind46": {"rules": (0.67, 0.23), "shipped": (0.71, 0.29)},
    "blind47": {"rules": (0.85, 0.12), "shipped": (0.87, 0.12)},
    "blind48": {"rules": (0.86, 0.14), "shipped": (0.88, 0.14)},
    "blind49": {"rules": (0.7, 0.19), "shipped": (0.77, 0.21)},
    "blind50": {"rules": (0.87, 0.12), "shipped": (0.87, 0.14)},
    "blind51": {"rules": (0.72, 0.23), "shipped": (0.78, 0.21)},
    "blind52": {"rules": (0.82, 0.17), "shipped": (0.82, 0.19)},
    "blind53": {"rules": (0.64, 0.19), "shipped": (0.72, 0.19)},
    "blind54": {"rules": (0.83, 0.12), "shipped": (0.84, 0.12)},
    "blind55": {"rules": (0.70, 0.16), "shipped": (0.77, 0.16)},
    "blind56": {"rules": (0.83, 0.12), "shipped": (0.85, 0.12)},
    "blind57": {"rules": (0.66, 0.16), "shipped": (0.73, 0.17)},
    "blind58": {"rules": (0.82, 0.10), "shipped": (0.82, 0.10)},
}
MIN_NEGATIVES = 35
MIN_POSITIVES_PER_HARM = 5
# blind12 onwards are half hard negatives by design: four or more positives a harm.
HALF_HARD_NEGATIVES_FROM = 12
MIN_POSITIVES_PER_HARM_IN = {
    name: 4
    for name in FLOORS
    if (number := name.removeprefix("blind")).isdigit() and int(number) >= HALF_HARD_NEGATIVES_FROM
}
MESSAGE_LEVEL_HARMS = frozenset(default_taxonomy().harms) - {"app_data_exposure"}


def _gold(name: str) -> dict[str, dict[str, Any]]:
    path = SETS / name / "conversations.jsonl"
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    return {row["id"]: row for row in rows}


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_the_set_covers_every_message_level_harm_with_negatives(name: str) -> None:
    gold = _gold(name)
    assert len(gold) >= 100
    labels = Counter(h for row in gold.values() for h in row["labels"])
    assert set(labels) <= set(default_taxonomy().harms), "labels must be spec harm ids"
    least = MIN_POSITIVES_PER_HARM_IN.get(name, MIN_POSITIVES_PER_HARM)
    short = {h: labels[h] for h in MESSAGE_LEVEL_HARMS if labels[h] < least}
    assert not short, f"harms with too few positives: {short}"
    assert sum(1 for row in gold.values() if not row["labels"]) >= MIN_NEGATIVES


@pytest.mark.parametrize("config", ["rules", "shipped"])
@pytest.mark.parametrize("name", sorted(FLOORS))
def test_scanner_meets_the_outside_floors(
    name: str, config: str, shared_scorer: ModuleType
) -> None:
    scorer = shared_scorer
    gold = _gold(name)
    scanner = Scanner(models=[] if config == "rules" else None)
    min_micro_f1, max_false_alarm_rate = FLOORS[name][config]
    pred = {cid: scanner.scan(row).model_dump(mode="json") for cid, row in gold.items()}
    out = scorer.score(gold, pred)
    micro_f1 = out["micro"]["f1"]
    false_alarm_rate = out["false_alarm_rate"]
    assert micro_f1 >= min_micro_f1, f"micro F1 {micro_f1:.3f} < floor {min_micro_f1}"
    assert false_alarm_rate <= max_false_alarm_rate, (
        f"false-alarm rate {false_alarm_rate:.3f} > ceiling {max_false_alarm_rate}"
    )
