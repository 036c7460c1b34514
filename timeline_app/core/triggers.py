"""The trigger lexicon: which words name which kind of event. One table; extend it here.

Each row of ``TABLE`` is ``(kind, repeat, weight, participle, verbs, nouns, context)``:

- ``repeat``: ``once`` (happens once to its participants: a death, a conviction; sources that
  disagree on its date are a conflict), ``case`` (one per matter but may recur: a lawsuit, a
  trial; different dates mean different events) or ``many`` (statements, launches: merged
  only when sources agree on a precise date).
- ``weight``: how much the kind matters on a zoomed-out timeline (salience).
- ``participle``: the word used in titles built in the passive ("Charges against X dismissed").
- ``verbs`` / ``nouns``: every surface form, space separated; multi-word forms joined by ``_``.
- ``context``: a regular expression that must match a nearby word, for ambiguous forms
  ("filed" is a lawsuit only near "suit", "case", "complaint"...); with a leading ``!`` it must
  not match any nearby word ("released" from hospital is no product launch); with a leading ``>``
  it must match one of the words after the form ("named ... chief executive", not "a manager
  named X"); empty for none.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from timeline_app.core.tokens import word_set

GENERIC = "event"

TABLE: tuple[tuple[str, str, float, str, str, str, str], ...] = (
    # legal and crime
    (
        "death",
        "once",
        1.0,
        "killed",
        "die dies died kill kills killed killing murder murders murdered slay slays slew slain stab stabs stabbed"
        " drowned shot_dead shot_and_killed pronounced_dead assassinate assassinates assassinated",
        "death deaths killing killings murder murders homicide shooting_death stabbing_death manslaughter_death"
        " slaying slayings",
        "",
    ),
    # "was executed by lethal injection", "the execution of the convicted murderer"; not "executed a trade"
    (
        "death",
        "once",
        1.0,
        "executed",
        "executed",
        "execution executions",
        r"^(was|were|been|prisoner|prisoners|inmate|inmates|convicted|murderer|squad|firing|hanging|hanged|lethal"
        r"|injection|electric|gallows|state|death)$",
    ),
    (
        "shooting",
        "case",
        0.9,
        "shot",
        "shoot shoots shot fired_at fired_on pull_the_trigger pulls_the_trigger pulled_the_trigger"
        " opened_fire open_fire",
        "shooting shootings gunfire",
        "",
    ),
    ("arrest", "case", 0.9, "arrested", "arrest arrests arrested detain detains detained", "arrest arrests", ""),
    (
        "charge",
        "case",
        0.9,
        "charged",
        "charged indict indicts indicted",
        "indictment indictments",
        "",
    ),
    ("charge", "case", 0.9, "impeached", "impeach impeaches impeached", "impeachment", ""),
    ("pardon", "once", 0.8, "pardoned", "pardon pardons pardoned", "pardon pardons", ""),
    ("plea", "case", 0.8, "pleaded", "plead pleads pleaded pled", "plea pleas", ""),
    # a court or committee hearing; not "hearing loss", "a hearing aid"
    ("hearing", "case", 0.7, "held", "", "hearing hearings", r"!^(loss|aid|aids|impaired|impairment|test|tests)$"),
    ("trial", "case", 0.8, "tried", "tried", "trial trials retrial", r"^(be|been|being|was|were|is|are)$"),
    ("trial", "case", 0.8, "tried", "", "trial trials retrial", ""),
    ("verdict", "once", 0.9, "reached", "", "verdict verdicts", ""),
    (
        "conviction",
        "once",
        1.0,
        "convicted",
        "convict convicts convicted found_guilty",
        "conviction convictions",
        "",
    ),
    ("acquittal", "once", 1.0, "acquitted", "acquit acquits acquitted found_not_guilty", "acquittal acquittals", ""),
    ("sentencing", "once", 0.9, "sentenced", "sentenced", "sentencing", ""),
    (
        "dismissal",
        "case",
        1.0,
        "dismissed",
        "dismiss dismisses dismissed threw_out thrown_out throws_out",
        "dismissal dismissals",
        "",
    ),
    (
        "dismissal",
        "case",
        1.0,
        "dropped",
        "drop drops dropped",
        "",
        r"^(charges?|case|cases|lawsuits?|suits?|indictments?|prosecution)$",
    ),
    ("settlement", "case", 0.9, "settled", "settle settles settled", "settlement settlements", ""),
    (
        "lawsuit",
        "case",
        0.8,
        "sued",
        "sue sues sued file_suit files_suit filed_suit filing_suit brought_suit bring_suit",
        "lawsuit lawsuits",
        "",
    ),
    (
        "lawsuit",
        "case",
        0.8,
        "filed",
        "file files filed",
        "suit suits",
        r"^(lawsuits?|suits?|cases?|complaints?|claims?|civil|against|court|filed)$",
    ),
    ("appeal", "case", 0.7, "appealed", "appeal appeals appealed", "appeal appeals", ""),
    ("ruling", "case", 0.7, "ruled", "ruled", "ruling rulings", ""),
    ("ruling", "case", 0.7, "decided", "", "decision", r"^(court|court's|court’s|judge|judge's|judge’s|jury)$"),
    # "an appeals court overturned the conviction"; not "his truck overturned"
    (
        "ruling",
        "case",
        0.7,
        "overturned",
        "overturn overturns overturned quash quashes quashed uphold upholds upheld reverse reverses reversed"
        " strike_down strikes_down struck_down",
        "",
        r"^(court|courts|court's|court’s|judge|judges|justices|panel|conviction|convictions|verdict|sentence"
        r"|ruling|decision|ban|law|appeal|appeals)$",
    ),
    # politics and organisations
    ("election", "case", 0.8, "elected", "elect elects elected re-elected", "election elections re-election", ""),
    ("vote", "case", 0.6, "voted", "vote votes voted", "vote votes referendum", ""),
    (
        "appointment",
        "case",
        0.7,
        "appointed",
        "appoint appoints appointed hire hires hired promote promotes promoted sworn_in inaugurated",
        "appointment appointments inauguration swearing-in",
        "",
    ),
    (
        "appointment",
        "case",
        0.7,
        "named",
        "name names named",
        "",
        r">^(chief|executive|ceo|president|chairman|chairwoman|chair|director|minister|successor|head|coach"
        r"|manager|secretary|governor|ambassador|commissioner|captain)$",
    ),
    (
        "resignation",
        "case",
        0.7,
        "resigned",
        "resign resigns resigned quit quits step_down steps_down stepped_down retire retires retired ousted",
        "resignation resignations retirement departure ouster",
        "",
    ),
    (
        "founding",
        "case",
        0.7,
        "founded",
        "founded co-founded cofounded establish establishes established",
        "founding",
        "",
    ),
    ("shooting", "case", 0.9, "fired", "fired", "", r"^(round|rounds|shot|shots|gun|guns|weapon|bullet|bullets|live)$"),
    ("resignation", "case", 0.7, "fired", "fired sacked", "", r"^(was|were|been|be|being|got|get|gets)$"),
    ("birth", "once", 0.8, "born", "born", "birth", ""),
    # accidents, disasters, attacks
    (
        "accident",
        "case",
        0.8,
        "crashed",
        "crash crashes crashed collide collides collided explode explodes exploded derail derailed capsize capsized",
        "crash crashes collision collisions accident accidents explosion explosions derailment stampede shipwreck",
        "",
    ),
    (
        "disaster",
        "case",
        0.8,
        "struck",
        "",
        "earthquake earthquakes hurricane flood floods flooding tsunami wildfire wildfires storm landslide"
        " blaze tornado typhoon cyclone eruption avalanche epidemic outbreak famine drought",
        "",
    ),
    (
        "attack",
        "case",
        0.9,
        "attacked",
        "attack attacks attacked bombed invade invades invaded raid raided",
        "attack attacks bombing bombings invasion raid raids assassination assassinations airstrike airstrikes"
        " air_strike air_strikes coup coups clash clashes",
        "",
    ),
    # health and absence: "underwent a liver transplant", "on medical leave", "his last two absences"
    (
        "medical",
        "case",
        0.7,
        "performed",
        "undergo undergoes underwent undergone undergoing",
        "surgery surgeries transplant transplants",
        r"^(surgery|surgeries|transplant|operation|procedure|treatment|chemotherapy|amputation|bypass)$",
    ),
    ("medical", "case", 0.7, "performed", "operated_on", "surgery surgeries transplant transplants", ""),
    ("medical", "case", 0.7, "hospitalized", "hospitalized hospitalised", "hospitalization hospitalisation", ""),
    ("medical", "case", 0.7, "diagnosed", "diagnosed", "diagnosis", ""),
    ("funeral", "once", 0.7, "held", "", "funeral funerals burial memorial_service", ""),
    ("wedding", "once", 0.6, "married", "got_married wed", "wedding weddings", ""),
    (
        "leave",
        "case",
        0.6,
        "granted",
        "",
        "medical_leave sick_leave leave_of_absence maternity_leave paternity_leave",
        "",
    ),
    (
        "leave",
        "case",
        0.6,
        "granted",
        "",
        "absence absences",
        r"^(his|her|their|my|last|previous|medical|leave|extended|long|lengthy|brief|months-long|year-long)$",
    ),
    # "returned to the stage", "returned home from Iraq"; not "returned the money" nor "investment returns"
    ("return", "many", 0.5, "returned", "returned", "return comeback", r">^(to|home|from)$"),
    ("appearance", "many", 0.4, "appeared", "", "appearance appearances", ""),
    ("appearance", "many", 0.4, "appeared", "appeared", "", r">^(in|on|at|before)$"),
    ("dispute", "case", 0.6, "disputed", "", "dispute disputes feud standoff", ""),
    ("decision", "many", 0.5, "decided", "decided", "decision decisions", ""),
    ("decision", "many", 0.5, "granted", "granted", "", ""),
    # "a fire broke out", "a fire destroyed the mill"; not "came under fire"
    (
        "disaster",
        "case",
        0.8,
        "struck",
        "",
        "fire fires",
        r">^(broke|destroyed|swept|gutted|engulfed|ravaged|raged|killed)$",
    ),
    # a labour strike; "air strike" is an attack, "strike price" nothing
    (
        "protest",
        "case",
        0.7,
        "protested",
        "",
        "strike strikes",
        r"^(workers|union|unions|general|labor|labour|teachers|nurses|drivers|miners|pilots|staff|employees|went"
        r"|called|national|hunger|strikers|walked)$",
    ),
    (
        "kidnapping",
        "case",
        0.9,
        "kidnapped",
        "kidnap kidnaps kidnapped abduct abducts abducted hijack hijacks hijacked taken_hostage",
        "kidnapping kidnappings abduction abductions hijacking hijackings",
        "",
    ),
    (
        "rescue",
        "case",
        0.7,
        "rescued",
        "rescue rescues rescued evacuate evacuates evacuated",
        "evacuation evacuations",
        "",
    ),
    # "rescuers pulled ... in a rescue on Monday"; not "a rescue team was sent"
    (
        "rescue",
        "case",
        0.7,
        "rescued",
        "",
        "rescue rescues",
        r"!^(team|teams|worker|workers|crew|crews|squad|squads|dog|dogs|helicopter|helicopters|boat|boats|services)$",
    ),
    (
        "protest",
        "case",
        0.7,
        "protested",
        "protest protests protested went_on_strike go_on_strike goes_on_strike",
        "protest protests walkout walkouts boycott boycotts riot riots",
        "",
    ),
    (
        "investigation",
        "case",
        0.7,
        "investigated",
        "investigate investigates investigated",
        "investigation investigations inquiry inquiries probe",
        "",
    ),
    (
        "meeting",
        "many",
        0.5,
        "held",
        "visit visits visited",
        "meeting meetings summit summits visit visits ceremony ceremonies talks negotiations trip trips",
        "",
    ),
    ("meeting", "many", 0.5, "met", "met", "", r">^(with|privately|secretly|behind|face-to-face)$"),
    # "freed the hostages", "released from prison on Monday"; a product release is a launch
    (
        "release",
        "case",
        0.7,
        "freed",
        "free frees freed",
        "",
        r"^(hostage|hostages|prisoner|prisoners|captives?|detainees?)$",
    ),
    ("release", "case", 0.7, "freed", "freed", "", r">^(from|after|on|in|by|when|late|early|last)$"),
    ("release", "case", 0.7, "freed", "released", "", r">^(from|bail|parole)$"),
    # "troops withdrew from the town", "the withdrawal of the bid"
    ("withdrawal", "case", 0.6, "withdrawn", "withdrew withdrawn", "withdrawal withdrawals pullout", ""),
    (
        "deportation",
        "case",
        0.7,
        "deported",
        "deport deports deported extradite extradites extradited expel expels expelled",
        "deportation deportations extradition extraditions expulsion expulsions",
        "",
    ),
    ("escape", "case", 0.7, "escaped", "escaped", "escape", r">^(from|prison|jail|custody|captivity)$"),
    ("escape", "case", 0.7, "fled", "fled", "", ""),
    # business
    (
        "bankruptcy",
        "once",
        0.8,
        "bankrupt",
        "went_bankrupt go_bankrupt goes_bankrupt",
        "bankruptcy bankruptcies insolvency",
        "",
    ),
    ("layoffs", "case", 0.6, "laid_off", "laid_off lay_off lays_off", "layoff layoffs", ""),
    (
        "acquisition",
        "case",
        0.8,
        "acquired",
        "acquire acquires acquired buy buys bought purchase purchases purchased",
        "acquisition acquisitions takeover purchase takeover_bid tender_offer buyout",
        "",
    ),
    # "a $37-a-share offer", "its hostile bid for Velora"; "the sale of its stake to Brenn"
    (
        "acquisition",
        "case",
        0.8,
        "acquired",
        "",
        "offer offers bid bids",
        r"^(a-share|takeover|tender|hostile|buyout|cash|acquire|acquisition|stake|merger)$",
    ),
    ("acquisition", "case", 0.8, "sold", "", "sale", r">^(of|to)$"),
    (
        "recall",
        "case",
        0.7,
        "recalled",
        "recall recalls recalled",
        "recall recalls",
        r"!^(that|how|when|what|why|where|seeing|being|meeting|hearing|his|her|my|our|day|days|time|times)$",
    ),
    ("merger", "case", 0.8, "merged", "merge merges merged", "merger mergers", ""),
    (
        "deal",
        "case",
        0.6,
        "agreed",
        "signed agree agrees agreed",
        "deal deals agreement agreements contract contracts pact treaty ceasefire cease-fire truce",
        "",
    ),
    (
        "launch",
        "many",
        0.6,
        "launched",
        "launch launches launched release releases unveil unveils unveiled introduce introduces"
        " introduced debut debuts debuted shipped demoed showed_off shows_off show_off"
        " demonstrate demonstrates demonstrated unveiling introducing",
        "launch launches release unveiling introduction debut keynote",
        "",
    ),
    # "the iPhone 3G will be discontinued", "the airline scrapped the route"
    (
        "discontinuation",
        "case",
        0.6,
        "discontinued",
        "discontinue discontinues discontinued discontinuing scrap scraps scrapped phase_out phased_out",
        "discontinuation",
        "",
    ),
    (
        "launch",
        "many",
        0.6,
        "released",
        "released",
        "",
        r"!^(from|bail|later|hospital|custody|prison|jail|unharmed|after|pending|early)$",
    ),
    (
        "announcement",
        "many",
        0.5,
        "announced",
        "announce announces announced announcing reveal reveals revealed revealing",
        "announcement announcements",
        "",
    ),
    (
        "statement",
        "many",
        0.3,
        "said",
        "say says said tell tells told stated maintain maintains maintained"
        " argue argues argued accuse accuses accused deny denies denied confirm confirms confirmed"
        " acknowledge acknowledges acknowledged express expresses expressed testify testifies testified"
        " warn warns warned noted describe describes described praise praises"
        " praised welcome welcomes welcomed attribute attributes attributed explain explains"
        " explained insist insists insisted mentioned talked called saying"
        " remarked responded replied",
        "statement statements testimony speech remarks interview",
        "",
    ),
    # "extended an invitation", "in his keynote address", "asked Tim Cook to run ...", "hinted at a sequel"
    (
        "statement",
        "many",
        0.3,
        "said",
        "hint hints hinted hinting urge urges urged vow vows vowed pledge pledges"
        " pledged promised threaten threatens threatened apologize apologizes apologized apologise apologised",
        "invitation invitations request requests warning warnings apology apologies",
        "",
    ),
    # "asked not to be named", "asked to comment", "asked about ..." name no happening
    (
        "statement",
        "many",
        0.3,
        "said",
        "ask asks asked",
        "",
        r"!^(not|named|identified|anonymous|anonymity|comment|about|whether|how|why|what|if|for)$",
    ),
    (
        "statement",
        "many",
        0.3,
        "said",
        "",
        "address addresses",
        r"^(keynote|inaugural|televised|commencement|farewell|radio|union|nation|opening|closing)$",
    ),
    # "admitted to hospital", "wrongly admitted the calls as evidence": no saying
    ("statement", "many", 0.3, "said", "admit admits admitted", "", r"!^(hospital|evidence|admissible|wrongly)$"),
    # "he added that ...", '..., he adds, "..."' say something; "the update adds support" does not
    ("statement", "many", 0.3, "said", "add adds added", "", r'^("|“|”|that)$'),
    # "the bombings claimed 217 lives" is no saying
    ("statement", "many", 0.3, "said", "claims claimed", "", r"!^(lives?|victims?|casualties|toll)$"),
)

# Past tense forms that do not end in -ed, for the generic dated kind.
IRREGULAR_PAST = word_set(
    "was were had did made went came took gave got began became left met won lost sold bought built ran saw"
    " told said held brought kept led paid spent stood struck thought wrote fell rose fought"
    " grew drew knew threw flew broke spoke chose froze drove rode wore tore bore sent lent bent"
    " sank swam sang rang overtook undertook withdrew"
)
PRESENT_FORMS_NOT_PAST = word_set(
    "need needed indeed feared hoped believed wanted wished seemed liked loved hated deserved"
)  # and states of mind, no happenings ("the union feared more cuts")


@dataclass(frozen=True)
class Trigger:
    """One lexicon entry for a surface form."""

    kind: str
    repeat: str
    weight: float
    participle: str
    is_verb: bool
    words: tuple[str, ...]
    context: re.Pattern[str] | None
    excluding: bool = False
    after_only: bool = False


def _build() -> tuple[dict[str, list[Trigger]], int]:
    lexicon: dict[str, list[Trigger]] = {}
    longest = 1
    for kind, repeat, weight, participle, verbs, nouns, context in TABLE:
        pattern = re.compile(context.lstrip("!>")) if context else None
        excluding, after_only = context.startswith("!"), context.startswith(">")
        for is_verb, forms in ((True, verbs), (False, nouns)):
            for form in forms.split():
                words = tuple(form.split("_"))
                longest = max(longest, len(words))
                entry = Trigger(kind, repeat, weight, participle, is_verb, words, pattern, excluding, after_only)
                lexicon.setdefault(words[0], []).append(entry)
    for entries in lexicon.values():
        entries.sort(key=lambda entry: -len(entry.words))
    return lexicon, longest


LEXICON, LONGEST = _build()
KIND_WEIGHT: dict[str, float] = {row[0]: row[2] for row in TABLE} | {GENERIC: 0.4}
KIND_REPEAT: dict[str, str] = {row[0]: row[1] for row in TABLE} | {GENERIC: "many"}
KINDS: tuple[str, ...] = tuple(dict.fromkeys(row[0] for row in TABLE)) + (GENERIC,)
