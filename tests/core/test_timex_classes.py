"""Table-driven tests, one table per class of expression fixed after the first version: how
past or future is picked for expressions without a year (the tense cue nearest the expression
decides), and what is not tagged. Rows: text, DCT, expected (text, type, value)."""

from __future__ import annotations

from datetime import date

import pytest

from timeline_app.core.timex import tag_times

DCT = date(2024, 7, 13)  # a Saturday
WSJ = date(1989, 10, 27)  # a Friday

Rows = list[tuple[str, date, list[tuple[str, str, str]]]]


def found(text: str, dct: date) -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in tag_times(text, dct)]


NEAREST_CUE: Rows = [
    # a past verb right before the date governs it, though "will" starts the sentence
    ("Acme says it will buy the shares issued July 1.", DCT, [("July 1", "DATE", "2024-07-01")]),
    ("He said he will leave the country on Friday.", DCT, [("Friday", "DATE", "2024-07-19")]),
    ("She said on Friday that he will leave.", DCT, [("Friday", "DATE", "2024-07-12")]),
    # "plan" the noun is no future cue
    ("The bank announced the plan Aug. 21.", WSJ, [("Aug. 21", "DATE", "1989-08-21")]),
    ("The bank plans to sell the unit on Aug. 21.", WSJ, [("Aug. 21", "DATE", "1990-08-21")]),
]

PLANS_NOW_PAST: Rows = [
    # a plan in the past perfect lies behind: "had been scheduled to expire Friday"
    ("The offer had been scheduled to expire Friday.", DCT, [("Friday", "DATE", "2024-07-12")]),
    ("The offer is scheduled to expire Friday.", DCT, [("Friday", "DATE", "2024-07-19")]),
]

SCHEDULED_PRESENT: Rows = [
    # a scheduled event in the present tense lies ahead: "the trial begins Tuesday"
    ("The trial begins Tuesday.", DCT, [("Tuesday", "DATE", "2024-07-16")]),
    ("He and Arafat meet separately Monday with Albright.", DCT, [("Monday", "DATE", "2024-07-15")]),
    ("The offer expires on Friday.", DCT, [("Friday", "DATE", "2024-07-19")]),
    # nouns and past tenses do not
    ("The talks ended Monday.", DCT, [("Monday", "DATE", "2024-07-08")]),
    ("Shares tendered at the close of business Thursday were counted.", DCT, [("Thursday", "DATE", "2024-07-11")]),
    ("The bid had been due to expire Friday.", DCT, [("Friday", "DATE", "2024-07-12")]),
]

NEXT_MONTH: Rows = [
    # the month after the DCT's, far from any past verb: the coming one
    (
        "Officials told oil companies of a 15 percent cutback in their supply in August.",
        DCT,
        [("August", "DATE", "2024-08")],
    ),
    # a past verb governing it directly: last year's
    ("Shares fell in August.", DCT, [("August", "DATE", "2023-08")]),
    # further ahead, a past clause still means last year's
    (
        "Officials told oil companies of a 15 percent cutback in their supply in October.",
        DCT,
        [("October", "DATE", "2023-10")],
    ),
]


@pytest.mark.parametrize(("text", "dct", "expected"), NEAREST_CUE + PLANS_NOW_PAST + SCHEDULED_PRESENT + NEXT_MONTH)
def test_direction_from_the_nearest_tense_cue(text: str, dct: date, expected: list[tuple[str, str, str]]) -> None:
    assert found(text, dct) == expected


SET_ADJECTIVES: Rows = [
    # "daily" before its noun is an adjective, not a set
    ("Qantas plans daily flights to Bombay.", DCT, []),
    ("It is 5% of the average daily volume of 133 million shares.", DCT, []),
    ("The paper is published daily.", DCT, [("daily", "SET", "P1D")]),
    ("Prices are checked daily in the stores.", DCT, [("daily", "SET", "P1D")]),
    ("The board meets weekly and reports monthly.", DCT, [("weekly", "SET", "P1W"), ("monthly", "SET", "P1M")]),
]


@pytest.mark.parametrize(("text", "dct", "expected"), SET_ADJECTIVES)
def test_set_words_only_as_adverbs(text: str, dct: date, expected: list[tuple[str, str, str]]) -> None:
    assert found(text, dct) == expected


OVER: list[tuple[str, date, list[tuple[str, ...]]]] = [
    # "over" as "during" is a signal outside the expression
    ("Sales grew over three years.", DCT, [("three years", "DURATION", "P3Y")]),
    ("The system has evolved over several years.", DCT, [("several years", "DURATION", "PXY")]),
    # "over" as "more than" belongs to it
    ("The tour is likely to last over a week.", DCT, [("over a week", "DURATION", "P1W", "MORE_THAN")]),
    ("He has worked there for over 20 years.", DCT, [("over 20 years", "DURATION", "P20Y", "MORE_THAN")]),
]


@pytest.mark.parametrize(("text", "dct", "expected"), OVER)
def test_over_is_during_or_more_than(text: str, dct: date, expected: list[tuple[str, ...]]) -> None:
    assert [(t.text, t.type, t.value) + ((t.mod,) if t.mod else ()) for t in tag_times(text, dct)] == expected


SETS_OF_DAY_PARTS: Rows = [
    # a weekday with a plural part of day is a set, and so is a weekday sharing it
    ("Flights leave on Tuesday nights.", DCT, [("Tuesday nights", "SET", "XXXX-WXX-2TNI")]),
    ("The show airs Sunday mornings.", DCT, [("Sunday mornings", "SET", "XXXX-WXX-7TMO")]),
    (
        "Flights leave on Monday and Tuesday nights.",
        DCT,
        [("Monday", "SET", "XXXX-WXX-1TNI"), ("Tuesday nights", "SET", "XXXX-WXX-2TNI")],
    ),
    # singular: one night
    ("He left Tuesday night.", DCT, [("Tuesday night", "TIME", "2024-07-09TNI")]),
    (
        "He left Monday and came back Tuesday night.",
        DCT,
        [("Monday", "DATE", "2024-07-08"), ("Tuesday night", "TIME", "2024-07-09TNI")],
    ),
]


@pytest.mark.parametrize(("text", "dct", "expected"), SETS_OF_DAY_PARTS)
def test_weekday_parts_of_day_as_sets(text: str, dct: date, expected: list[tuple[str, str, str]]) -> None:
    assert found(text, dct) == expected


HALVES: Rows = [
    ("They lived in camps for 2 1/2 years.", DCT, [("2 1/2 years", "DURATION", "P2Y6M")]),
    ("The speech took a minute and a half.", DCT, [("a minute and a half", "DURATION", "PT1M30S")]),
    ("The war lasted two and a half years.", DCT, [("two and a half years", "DURATION", "P2Y6M")]),
    ("We waited half an hour.", DCT, [("half an hour", "DURATION", "PT30M")]),
    ("The flight took 1.5 hours.", DCT, [("1.5 hours", "DURATION", "PT1H30M")]),
    ("The strike lasted half a day.", DCT, [("half a day", "DURATION", "PT12H")]),
    # "half" of something else is no duration
    ("He spent half the money.", DCT, []),
]


@pytest.mark.parametrize(("text", "dct", "expected"), HALVES)
def test_durations_with_a_half(text: str, dct: date, expected: list[tuple[str, str, str]]) -> None:
    assert found(text, dct) == expected


WSJ_Q4 = date(1989, 11, 2)

FISCAL: Rows = [
    ("Sales in the current fiscal year will rise.", WSJ_Q4, [("the current fiscal year", "DATE", "1989")]),
    ("Profit fell in the fiscal year.", WSJ_Q4, [("the fiscal year", "DATE", "1989")]),
    # a fiscal year that ends on a date is a year's length; without an end it is the year in question
    ("Net income for the fiscal year fell.", WSJ_Q4, [("the fiscal year", "DATE", "1989")]),
    (
        "Net income for the fiscal year ended Sept. 30 fell.",
        WSJ_Q4,
        [("the fiscal year", "DURATION", "P1Y"), ("Sept. 30", "DATE", "1989-09-30")],
    ),
    ("It lost money last fiscal year.", WSJ_Q4, [("last fiscal year", "DATE", "1988")]),
    ("Profit rose in the fiscal-first quarter.", WSJ_Q4, [("the fiscal-first quarter", "DATE", "1989-Q1")]),
    # only a year is fiscal
    ("It happened in the fiscal month.", WSJ_Q4, []),
]


@pytest.mark.parametrize(("text", "dct", "expected"), FISCAL)
def test_fiscal_years_and_quarters(text: str, dct: date, expected: list[tuple[str, str, str]]) -> None:
    assert found(text, dct) == expected


AROUND: list[tuple[str, date, list[tuple[str, ...]]]] = [
    # words around an expression that belong to it
    ("The plant will close in 1994 or later.", DCT, [("1994 or later", "DATE", "1994", "ON_OR_AFTER")]),
    ("Growth will last into 1990 and beyond.", DCT, [("1990 and beyond", "DATE", "1990", "ON_OR_AFTER")]),
    ("It was built in 1950 or earlier.", DCT, [("1950 or earlier", "DATE", "1950", "ON_OR_BEFORE")]),
    ("Rates will rise for the next two years or so.", DCT, [("the next two years or so", "DURATION", "P2Y", "APPROX")]),
    ("He left a week or so ago.", DCT, [("a week or so ago", "DATE", "2024-W27", "APPROX")]),
    ("Sales slowed this past spring.", DCT, [("this past spring", "DATE", "2024-SP")]),
    ("Voters go to the polls this coming Sunday.", DCT, [("this coming Sunday", "DATE", "2024-07-14")]),
    ("Prices are high right now.", DCT, [("right now", "DATE", "PRESENT_REF")]),
]


@pytest.mark.parametrize(("text", "dct", "expected"), AROUND)
def test_words_around_an_expression(text: str, dct: date, expected: list[tuple[str, ...]]) -> None:
    assert [(t.text, t.type, t.value) + ((t.mod,) if t.mod else ()) for t in tag_times(text, dct)] == expected


VAGUE_UNITS: Rows = [
    # TIMEX3 writes a decade E and a century C
    ("The feud went on for several decades.", DCT, [("several decades", "DURATION", "PXE")]),
    ("The church stood for centuries.", DCT, [("centuries", "DURATION", "PXC")]),
    ("The feud went on for two decades.", DCT, [("two decades", "DURATION", "P20Y")]),
]


@pytest.mark.parametrize(("text", "dct", "expected"), VAGUE_UNITS)
def test_vague_decades_and_centuries(text: str, dct: date, expected: list[tuple[str, str, str]]) -> None:
    assert found(text, dct) == expected


NYT = date(1998, 2, 6)  # a Friday

POSSESSIVES_AND_COUNTS: Rows = [
    # a month in the possessive is a date, like "Friday's hearing"
    ("It revised December's figures.", NYT, [("December", "DATE", "1997-12")]),
    ("It revised November's figures downward.", NYT, [("November", "DATE", "1997-11")]),
    # a number in words before a unit counts, it is no year
    ("The city is more than two thousand years old.", NYT, []),
    ("By the year two thousand, he said, it would be done.", NYT, [("the year two thousand", "DATE", "2000")]),
]


@pytest.mark.parametrize(("text", "dct", "expected"), POSSESSIVES_AND_COUNTS)
def test_possessive_months_and_counted_years(text: str, dct: date, expected: list[tuple[str, str, str]]) -> None:
    assert found(text, dct) == expected


TODAY: Rows = [
    (
        "Shares tendered from today through Nov. 17 are bought.",
        WSJ,
        [("today", "DATE", "1989-10-27"), ("Nov. 17", "DATE", "1989-11-17")],
    ),
    ("The children of today read less.", WSJ, [("today", "DATE", "PRESENT_REF")]),
]


@pytest.mark.parametrize(("text", "dct", "expected"), TODAY)
def test_today_is_the_day_unless_it_means_nowadays(text: str, dct: date, expected: list[tuple[str, str, str]]) -> None:
    assert found(text, dct) == expected


STORY_TIME: Rows = [
    # "that day/week/night" lean on the date before them, not on the DCT
    (
        "On March 3, the talks broke down. That week, the market fell.",
        DCT,
        [("March 3", "DATE", "2024-03-03"), ("That week", "DATE", "2024-W09")],
    ),
    (
        "On March 3, the talks broke down. Later that day, shares fell.",
        DCT,
        [("March 3", "DATE", "2024-03-03"), ("Later that day", "DATE", "2024-03-03")],
    ),
    (
        "On March 3, the talks broke down. That night, he left.",
        DCT,
        [("March 3", "DATE", "2024-03-03"), ("That night", "TIME", "2024-03-03TNI")],
    ),
    # with no date before, they are left alone
    ("That night, he left.", DCT, []),
    ("That week, the market fell.", DCT, []),
]


@pytest.mark.parametrize(("text", "dct", "expected"), STORY_TIME)
def test_that_day_leans_on_the_date_before(text: str, dct: date, expected: list[tuple[str, str, str]]) -> None:
    assert found(text, dct) == expected


TITLES: Rows = [
    # "This Week" in capitals after a quote or a name is a programme, not a week
    ('Baker, speaking on ABC News\' "This Week," said so.', DCT, []),
    ("He spoke on NBC's This Week program.", DCT, []),
    ("This Week, the market fell.", DCT, [("This Week", "DATE", "2024-W28")]),
    ("Prices rose. This week the market fell.", DCT, [("This week", "DATE", "2024-W28")]),
]


@pytest.mark.parametrize(("text", "dct", "expected"), TITLES)
def test_titles_are_not_dates(text: str, dct: date, expected: list[tuple[str, str, str]]) -> None:
    assert found(text, dct) == expected


AHEAD_AND_QUARTERS: Rows = [
    ("Profits will fall in the weeks ahead.", DCT, [("the weeks ahead", "DATE", "FUTURE_REF")]),
    ("Prices may rise in the months ahead.", DCT, [("the months ahead", "DATE", "FUTURE_REF")]),
    # a vague number of quarters is counted in quarters (Q), a known one in months
    ("Losses continued for several quarters.", DCT, [("several quarters", "DURATION", "PXQ")]),
    ("Sales fell in the past two quarters.", DCT, [("the past two quarters", "DURATION", "P6M")]),
]


@pytest.mark.parametrize(("text", "dct", "expected"), AHEAD_AND_QUARTERS)
def test_units_ahead_and_vague_quarters(text: str, dct: date, expected: list[tuple[str, str, str]]) -> None:
    assert found(text, dct) == expected


NO_CUE_DAYS: Rows = [
    # a day with no tense cue: the past one unless the future one is less than half as far
    (
        "The index is within 70 points of its record high set on Aug. 6.",
        date(1998, 2, 6),
        [("Aug. 6", "DATE", "1997-08-06")],
    ),
    ("The index is near its level of Dec. 1.", date(1998, 8, 15), [("Dec. 1", "DATE", "1998-12-01")]),
]


@pytest.mark.parametrize(("text", "dct", "expected"), NO_CUE_DAYS)
def test_days_without_tense_lean_to_the_past(text: str, dct: date, expected: list[tuple[str, str, str]]) -> None:
    assert found(text, dct) == expected


MAY_1998 = date(1998, 5, 13)

PART_OF_A_NAMED_YEAR: Rows = [
    # "the first half of this year" is one expression, like "the third quarter of 1984"
    ("Output grew in the first half of this year.", MAY_1998, [("the first half of this year", "DATE", "1998-H1")]),
    (
        "Sales fell in the first quarter of last year.",
        MAY_1998,
        [("the first quarter of last year", "DATE", "1997-Q1")],
    ),
    (
        "It will open in the fourth quarter of next year.",
        MAY_1998,
        [("the fourth quarter of next year", "DATE", "1999-Q4")],
    ),
    ("Profit rose in the third quarter of 1984.", MAY_1998, [("the third quarter of 1984", "DATE", "1984-Q3")]),
]


@pytest.mark.parametrize(("text", "dct", "expected"), PART_OF_A_NAMED_YEAR)
def test_quarters_and_halves_of_a_named_year(text: str, dct: date, expected: list[tuple[str, str, str]]) -> None:
    assert found(text, dct) == expected


MARCH_2001 = date(2001, 3, 5)  # a Monday

TENSE_FARTHER_ON: Rows = [
    # a clause opening "Until ..." takes its direction from its own verb
    ("Until Friday, the police had not named a suspect.", MARCH_2001, [("Friday", "DATE", "2001-03-02")]),
    ("The talks will go on until Friday.", MARCH_2001, [("Friday", "DATE", "2001-03-09")]),
    ("The board extended its deadline until Friday.", MARCH_2001, [("Friday", "DATE", "2001-03-09")]),
    # "as soon as" / "as early as" a weekday: the coming one
    (
        "The team could be home as early as Wednesday, a spokesman said.",
        MARCH_2001,
        [("Wednesday", "DATE", "2001-03-07")],
    ),
    ("The crew might fly out as soon as Thursday.", MARCH_2001, [("Thursday", "DATE", "2001-03-08")]),
    # "is (on) Tuesday": a date set ahead; "Tuesday's" is a possessive, no such cue
    ("The hearing is on Wednesday.", MARCH_2001, [("Wednesday", "DATE", "2001-03-07")]),
    ("She is Wednesday's winner.", MARCH_2001, [("Wednesday", "DATE", "2001-02-28")]),
    # "were planning to" is a plan, not a past event
    (
        "Farmers staged a march on Saturday and were planning to block the road on Tuesday.",
        MARCH_2001,
        [("Saturday", "DATE", "2001-03-03"), ("Tuesday", "DATE", "2001-03-06")],
    ),
    # no tense cue near the date: the verb later in the same sentence decides ("vs." ends no sentence)
    (
        "On Thursday, the Coalition of Lake Shore and River Valley Fishing Associations plans to stage a protest.",
        MARCH_2001,
        [("Thursday", "DATE", "2001-03-08")],
    ),
    (
        "In November, two weeks after the hearing in Smith vs. Jones at the county court, a fire destroyed the barn.",
        MARCH_2001,
        [("November", "DATE", "2000-11"), ("two weeks", "DURATION", "P2W")],
    ),
    # ... but a reporting verb at the end of the sentence tells the report's tense, not the date's
    (
        "Prices in April, a month after the merger of the two largest dairies in the state, may fall, traders said.",
        MARCH_2001,
        [("April", "DATE", "2001-04"), ("a month", "DURATION", "P1M")],
    ),
]


@pytest.mark.parametrize(("text", "dct", "expected"), TENSE_FARTHER_ON)
def test_tense_from_the_clause_verb_or_farther_on(text: str, dct: date, expected: list[tuple[str, str, str]]) -> None:
    assert found(text, dct) == expected


HYPHENS_AND_ANAPHORA: Rows = [
    # "late-November" written with a hyphen, like "mid-November"
    ("Prices peaked in late-November.", MARCH_2001, [("late-November", "DATE", "2000-11")]),
    # "later that year" and "earlier that month" lean on the date before, the adverb included
    (
        "He moved to Ohio in May 1996 and opened a shop later that year.",
        MARCH_2001,
        [("May 1996", "DATE", "1996-05"), ("later that year", "DATE", "1996")],
    ),
    (
        "The plant closed on June 3, 1999; earlier that month, it had cut 40 jobs.",
        MARCH_2001,
        [("June 3, 1999", "DATE", "1999-06-03"), ("earlier that month", "DATE", "1999-06")],
    ),
]


@pytest.mark.parametrize(("text", "dct", "expected"), HYPHENS_AND_ANAPHORA)
def test_hyphenated_prefixes_and_earlier_that_unit(text: str, dct: date, expected: list[tuple[str, str, str]]) -> None:
    assert found(text, dct) == expected


NOVEMBER_2002 = date(2002, 10, 28)  # a Monday

NAMES_AND_PREPOSITIONS: Rows = [
    # a unit written with a capital is a title, not a stretch of time
    ("She spoke about it on 48 Hours last week.", NOVEMBER_2002, [("last week", "DATE", "2002-W43")]),
    # "daily" between names is the noun: a newspaper
    ("The state daily Izvestia ran the story.", NOVEMBER_2002, []),
    ("The ferry sails daily.", NOVEMBER_2002, [("daily", "SET", "P1D")]),
    # "around" before a possessive weekday is a preposition, no hedge
    (
        "Lawyers are looking for a way around Friday's order.",
        NOVEMBER_2002,
        [("Friday", "DATE", "2002-10-25")],
    ),
    # US Election Day: the Tuesday after the first Monday of November
    ("Polls open on Election Day at 7.", NOVEMBER_2002, [("Election Day", "DATE", "2002-11-05")]),
]


@pytest.mark.parametrize(("text", "dct", "expected"), NAMES_AND_PREPOSITIONS)
def test_names_newspapers_and_election_day(text: str, dct: date, expected: list[tuple[str, str, str]]) -> None:
    assert found(text, dct) == expected


LONG_ADJECTIVES: Rows = [
    # "-long" adjectives are one unit of time; an article before them belongs to the noun
    ("They ended a day-long strike.", NOVEMBER_2002, [("day-long", "DURATION", "P1D")]),
    ("After their second weeklong visit, they left.", NOVEMBER_2002, [("weeklong", "DURATION", "P1W")]),
    ("A yearlong study found little.", NOVEMBER_2002, [("yearlong", "DURATION", "P1Y")]),
    ("It was a three-hour-long hearing.", NOVEMBER_2002, [("three-hour-long", "DURATION", "PT3H")]),
]


@pytest.mark.parametrize(("text", "dct", "expected"), LONG_ADJECTIVES)
def test_unit_long_adjectives(text: str, dct: date, expected: list[tuple[str, str, str]]) -> None:
    assert found(text, dct) == expected


DISCOURSE_NOW: Rows = [
    # "Now," opening a sentence is a discourse marker; "now" in the clause is the present
    ("The plant closed. Now, the mayor says, the town must adapt.", NOVEMBER_2002, []),
    ("Now the mayor says the town must adapt.", NOVEMBER_2002, [("Now", "DATE", "PRESENT_REF")]),
    ("The town is now adapting.", NOVEMBER_2002, [("now", "DATE", "PRESENT_REF")]),
]


@pytest.mark.parametrize(("text", "dct", "expected"), DISCOURSE_NOW)
def test_now_as_a_discourse_marker(text: str, dct: date, expected: list[tuple[str, str, str]]) -> None:
    assert found(text, dct) == expected


PARTS_AND_ZONES: Rows = [
    # "last"/"next" before a weekday with a part of day belong to the one expression
    ("Last Thursday night, police arrived.", DCT, [("Last Thursday night", "TIME", "2024-07-11TNI")]),
    ("He will speak next Monday morning.", DCT, [("next Monday morning", "TIME", "2024-07-15TMO")]),
    # US time zones written short ("ET", "PT") join the clock time, and so does the weekday after them
    ("They met at 10:30 a.m. ET on Tuesday.", DCT, [("10:30 a.m. ET on Tuesday", "TIME", "2024-07-09T10:30")]),
    ("Bids close at 5 p.m. PT.", DCT, [("5 p.m. PT", "TIME", "2024-07-13T17:00")]),
    # "the following week" after a day is that day's next week, a week value
    (
        "The dam burst on May 4, 2019. The following week, the town was empty.",
        DCT,
        [("May 4, 2019", "DATE", "2019-05-04"), ("The following week", "DATE", "2019-W19")],
    ),
]


@pytest.mark.parametrize(("text", "dct", "expected"), PARTS_AND_ZONES)
def test_weekday_parts_and_short_time_zones(text: str, dct: date, expected: list[tuple[str, str, str]]) -> None:
    assert found(text, dct) == expected


YEAR_END: Rows = [
    # "year's end" is "year-end": the end of the DCT's year; "last year's end" is not
    ("Rules must be in place by year's end.", WSJ, [("year's end", "DATE", "1989")]),
    ("Debt was cut by last year's end.", WSJ, [("last year", "DATE", "1988")]),
]


@pytest.mark.parametrize(("text", "dct", "expected"), YEAR_END)
def test_year_s_end(text: str, dct: date, expected: list[tuple[str, str, str]]) -> None:
    assert found(text, dct) == expected


TITLES_WITH_DAYS: Rows = [
    # a day word or weekday inside a title or a newspaper's name is no date
    ("He reads USA Today on the train.", DCT, []),
    ("The Day After Tomorrow was shown again.", DCT, []),
    ("The Sunday Times reported the deal.", DCT, []),
    ("They marched in the March for Science.", DCT, []),
    # but the words themselves still are
    ("She said Today she would go.", DCT, [("Today", "DATE", "2024-07-13")]),
    ("Sales in the March quarter rose.", DCT, [("March", "DATE", "2024-03")]),
    ("The paper said Sunday it would close.", DCT, [("Sunday", "DATE", "2024-07-07")]),
]


@pytest.mark.parametrize(("text", "dct", "expected"), TITLES_WITH_DAYS)
def test_days_inside_titles(text: str, dct: date, expected: list[tuple[str, str, str]]) -> None:
    assert found(text, dct) == expected


FORECAST_THEN_RESULTS: Rows = [
    # "the year-ago period" compares reported results: a forecast quarter named before is not its anchor
    (
        "Analysts see losses through the second quarter of 1990. In the year-ago period, the mill earned $4 million.",
        WSJ,
        [("the second quarter of 1990", "DATE", "1990-Q2"), ("the year-ago period", "DATE", "1988-Q3")],
    ),
    (
        "Profit rose in the third quarter. In the year-ago period, it fell.",
        WSJ,
        [("the third quarter", "DATE", "1989-Q3"), ("the year-ago period", "DATE", "1988-Q3")],
    ),
]


@pytest.mark.parametrize(("text", "dct", "expected"), FORECAST_THEN_RESULTS)
def test_year_ago_period_leans_on_a_reported_quarter(
    text: str, dct: date, expected: list[tuple[str, str, str]]
) -> None:
    assert found(text, dct) == expected
