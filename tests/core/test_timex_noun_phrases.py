"""Table-driven tests for classes of expression fixed in the third round: the whole noun phrase of
a period a year back, duration adjectives with their noun, vague quarters, "or so". Rows: text,
DCT, expected (text, type, value). Our own sentences."""

from __future__ import annotations

from datetime import date

import pytest

from timeline_app.core.timex import tag_times

WSJ = date(1989, 10, 27)  # a Friday, in the fourth quarter (the third has just been reported)

Rows = list[tuple[str, date, list[tuple[str, str, str]]]]


def found(text: str, dct: date) -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in tag_times(text, dct)]


PERIOD_A_YEAR_BACK: Rows = [
    # the period compared with, a year back, is one expression (not "last year" alone)
    (
        "Profit rose from $3 million in the same period last year.",
        WSJ,
        [("the same period last year", "DATE", "1988-Q3")],
    ),
    (
        "Sales fell from the corresponding period of last year.",
        WSJ,
        [("the corresponding period of last year", "DATE", "1988-Q3")],
    ),
    ("It earned less than in the quarter a year ago.", WSJ, [("the quarter a year ago", "DATE", "1988-Q3")]),
    (
        "Profit was $2 million in the second quarter, against $3 million in the same quarter a year earlier.",
        WSJ,
        [("the second quarter", "DATE", "1989-Q2"), ("the same quarter a year earlier", "DATE", "1988-Q2")],
    ),
    ("That beat last year's third quarter.", WSJ, [("last year's third quarter", "DATE", "1988-Q3")]),
    ("Results matched the comparable period in 1987.", WSJ, [("the comparable period in 1987", "DATE", "1987-Q3")]),
    # "year-ago" before results is the year-ago quarter; "the comparable year-ago quarter" is one
    ("The year-ago results were restated.", WSJ, [("year-ago", "DATE", "1988")]),
    (
        "Profit fell in the third quarter. The year-ago results were restated.",
        WSJ,
        [("the third quarter", "DATE", "1989-Q3"), ("year-ago", "DATE", "1988-Q3")],
    ),
    (
        "It lost money in the comparable year-ago quarter.",
        WSJ,
        [("the comparable year-ago quarter", "DATE", "1988-Q3")],
    ),
]

DURATION_NOUNS: Rows = [
    # a duration adjective with its noun: the noun phrase is the expression
    ("The fraud went on over a three-year period.", WSJ, [("a three-year period", "DURATION", "P3Y")]),
    ("The loan runs for its one-year term.", WSJ, [("one-year term", "DURATION", "P1Y")]),
    ("He got a five-year contract.", WSJ, [("five-year", "DURATION", "P5Y")]),
]

VAGUE_QUARTERS: Rows = [
    # "several quarters of losses" is time; "a quarter of the shares" a fraction
    ("It made money after several quarters of losses.", WSJ, [("several quarters", "DURATION", "PXQ")]),
    ("It sold a quarter of the shares.", WSJ, []),
    ("It sold three quarters of its stake.", WSJ, []),
]

OR_SO: Rows = [
    ("The plant will close over the next year or so.", WSJ, [("the next year or so", "DATE", "1990")]),
    ("Prices may rise in the next year or two.", WSJ, []),
]


@pytest.mark.parametrize(("text", "dct", "expected"), PERIOD_A_YEAR_BACK + DURATION_NOUNS + VAGUE_QUARTERS + OR_SO)
def test_noun_phrases(text: str, dct: date, expected: list[tuple[str, str, str]]) -> None:
    assert found(text, dct) == expected


AP = date(1998, 12, 10)  # a Thursday

SMALL_WORDS: Rows = [
    # "last" the verb is not "the last six weeks"
    ("The trial is expected to last six weeks.", AP, [("six weeks", "DURATION", "P6W")]),
    ("Talks lasted the last six weeks.", AP, [("the last six weeks", "DURATION", "P6W")]),
    # money before "a week earlier" makes no rate
    ("It closed at $45, up from $40 a week earlier.", AP, [("a week", "DURATION", "P1W")]),
    ("It pays $40 a week.", AP, [("a week", "SET", "P1W")]),
    # "of 1997" is a year, but not after a number or in a name
    (
        "Jobs grew in the first nine months of 1997.",
        AP,
        [("the first nine months", "DURATION", "P9M"), ("1997", "DATE", "1997")],
    ),
    ("Some 1,500 of 2000 workers struck.", AP, []),
    ("It broke the Clean Air Act of 1990.", AP, []),
    # "the second half of the year" is one expression
    ("Profit should rise in the second half of the year.", AP, [("the second half of the year", "DATE", "1998-H2")]),
    ("More recently, prices fell.", AP, [("More recently", "DATE", "PAST_REF")]),
    ("They may buy at the then current price.", AP, [("then current", "DATE", "PAST_REF")]),
    # "it's the second day of the offensive": the publication day; not in the past tense
    ("It's the second day of an offensive.", AP, [("the second day", "DATE", "1998-12-10")]),
    ("It was the second day of talks.", AP, []),
]

LAST_MONTH_NAMED: Rows = [
    # "last February" said in March means a year back (the month just gone is "last month")
    ("Two helicopters crashed last February.", date(1998, 3, 1), [("last February", "DATE", "1997-02")]),
    ("Two helicopters crashed last December.", date(1999, 1, 10), [("last December", "DATE", "1997-12")]),
    ("Two helicopters crashed last July.", AP, [("last July", "DATE", "1998-07")]),
    ("The talks resume next January.", AP, [("next January", "DATE", "2000-01")]),
    ("The talks resume next March.", AP, [("next March", "DATE", "1999-03")]),
]


@pytest.mark.parametrize(("text", "dct", "expected"), SMALL_WORDS + LAST_MONTH_NAMED)
def test_small_words_around_expressions(text: str, dct: date, expected: list[tuple[str, str, str]]) -> None:
    assert found(text, dct) == expected


NEWS_WIRE: Rows = [
    # 24-hour clock times in wire style, and the weekday after them
    (
        "The quake struck at 4:25 a.m. (2025 GMT Saturday).",
        AP,
        [("4:25 a.m.", "TIME", "1998-12-10T04:25"), ("2025 GMT Saturday", "TIME", "1998-12-05T20:25")],
    ),
    (
        "The blast came at 10:30 a.m. (1530 GMT) Monday.",
        AP,
        [
            ("10:30 a.m.", "TIME", "1998-12-07T10:30"),
            ("1530 GMT", "TIME", "1998-12-07T15:30"),
            ("Monday", "DATE", "1998-12-07"),
        ],
    ),
    # a clock right after a date is on that date
    (
        "It happened Aug. 7, 1998, at 10:35 a.m.",
        AP,
        [("Aug. 7, 1998", "DATE", "1998-08-07"), ("10:35 a.m.", "TIME", "1998-08-07T10:35")],
    ),
    # a month range lies in one year
    (
        "Trade grew in the January-November period.",
        AP,
        [("January", "DATE", "1998-01"), ("November", "DATE", "1998-11")],
    ),
    # scheduled and due: ahead
    ("The law takes effect Jan. 1.", AP, [("Jan. 1", "DATE", "1999-01-01")]),
    ("The minister is due to arrive on Saturday.", AP, [("Saturday", "DATE", "1998-12-12")]),
    ("The delay was due to the storm on Friday.", AP, [("Friday", "DATE", "1998-12-04")]),
    # a past verb right before a day governs it even near a year back; "extended to" does not
    (
        "He arrived on Jan. 30 and left Feb. 2.",
        AP,
        [("Jan. 30", "DATE", "1998-01-30"), ("Feb. 2", "DATE", "1998-02-02")],
    ),
    ("The offer was extended to Jan. 20.", AP, [("Jan. 20", "DATE", "1999-01-20")]),
]

SEASONS_IN_DECEMBER: Rows = [
    # a December DCT is in its year's last season: next spring is next year's
    ("Prices may rise again next spring.", AP, [("next spring", "DATE", "1999-SP")]),
    ("Snow fell last winter.", AP, [("last winter", "DATE", "1997-WI")]),
    ("Prices may rise again next spring.", date(1998, 7, 1), [("next spring", "DATE", "1999-SP")]),
]


@pytest.mark.parametrize(("text", "dct", "expected"), NEWS_WIRE + SEASONS_IN_DECEMBER)
def test_news_wire_clocks_and_days(text: str, dct: date, expected: list[tuple[str, str, str]]) -> None:
    assert found(text, dct) == expected


SETS_AND_SOON: Rows = [
    # a frequency with its count is one set; "as soon as" is a conjunction
    ("He visits New York twice a year.", AP, [("twice a year", "SET", "P1Y")]),
    ("The board meets three times a month.", AP, [("three times a month", "SET", "P1M")]),
    ("It was once a small firm.", AP, []),
    ("Troops will leave as soon as possible.", AP, [("as soon as possible", "DATE", "FUTURE_REF")]),
    ("They could leave as soon as the threats end.", AP, []),
    ("They will leave soon.", AP, [("soon", "DATE", "FUTURE_REF")]),
    # a bare clock time after a day named in the same paragraph is on that day
    (
        "A woman was killed Monday evening. Two men came into the store around 7:15 p.m.",
        AP,
        [("Monday evening", "TIME", "1998-12-07TEV"), ("around 7:15 p.m.", "TIME", "1998-12-07T19:15")],
    ),
    ("Two men came into the store around 7:15 p.m.", AP, [("around 7:15 p.m.", "TIME", "1998-12-10T19:15")]),
]


@pytest.mark.parametrize(("text", "dct", "expected"), SETS_AND_SOON)
def test_sets_soon_and_story_clocks(text: str, dct: date, expected: list[tuple[str, str, str]]) -> None:
    assert found(text, dct) == expected


TENSE_CUES: Rows = [
    # irregular past verbs and modals that point ahead decide a weekday
    (
        "The talks, which are to resume Monday, broke down on Friday.",
        AP,
        [("Monday", "DATE", "1998-12-14"), ("Friday", "DATE", "1998-12-04")],
    ),
    ("Workers said they might walk out again Friday.", AP, [("Friday", "DATE", "1998-12-11")]),
    ("Rebels may have killed 20 people Friday.", AP, [("Friday", "DATE", "1998-12-04")]),
    ("The hearing is set for Tuesday.", AP, [("Tuesday", "DATE", "1998-12-15")]),
    ("He could not be reached for comment Friday.", AP, [("Friday", "DATE", "1998-12-04")]),
    ("The talks are supposed to conclude by May.", date(1998, 3, 22), [("May", "DATE", "1998-05")]),
    # "will one day" is some day ahead, not a duration
    ("Islam will one day be the second largest religion.", AP, [("one day", "DATE", "FUTURE_REF")]),
    ("It took one day.", AP, [("one day", "DURATION", "P1D")]),
    # "a year or two", "weeks or months": one expression, about the first amount
    ("You may, in a year or two, save lives.", AP, [("a year or two", "DURATION", "P1Y")]),
    ("He died within weeks or months of his capture.", AP, [("weeks or months", "DURATION", "PXW")]),
    # "the day after" a named day is no day after the last date
    ("Shoppers crowded stores the day after Thanksgiving.", AP, [("Thanksgiving", "DATE", "1998-11-26")]),
    (
        "He met her on Dec. 2. The day after, he left.",
        AP,
        [("Dec. 2", "DATE", "1998-12-02"), ("The day after", "DATE", "1998-12-03")],
    ),
    # "the past three summers" is a stretch of time, not "the past"
    ("Violence flared for the past three summers.", AP, []),
    ("In the past, prices rose.", AP, [("the past", "DATE", "PAST_REF")]),
    # "the past week" is dated like "the past year"
    ("In the past week, 300 people died.", AP, [("the past week", "DATE", "1998-W49")]),
    # "the past century" is the last hundred years; "the last century" the one before this
    ("It was the worst crash of the past century.", AP, [("the past century", "DURATION", "P100Y")]),
    ("In the last century, cities grew.", AP, [("the last century", "DATE", "18")]),
]


@pytest.mark.parametrize(("text", "dct", "expected"), TENSE_CUES)
def test_tense_cues_and_the_past(text: str, dct: date, expected: list[tuple[str, str, str]]) -> None:
    assert found(text, dct) == expected


YEARS_AND_NAMES: Rows = [
    # a capitalised word before a year makes a name, unless it starts the sentence
    ("Microsoft will release Windows 2000 next year.", AP, [("next year", "DATE", "1999")]),
    ("Rep. Smith introduced H.R. 2001.", AP, []),
    ("In 1998, it fell.", AP, [("1998", "DATE", "1998")]),
    ("Its 1998 budget grew.", AP, [("1998", "DATE", "1998")]),
    # ranges of years: each end is a year
    ("In 1997-98, the team won 50 games.", AP, [("1997", "DATE", "1997"), ("98", "DATE", "1998")]),
    ("The war lasted 1939-1945.", AP, [("1939", "DATE", "1939"), ("1945", "DATE", "1945")]),
    ("Call 1-800-555-1998 now.", AP, [("now", "DATE", "PRESENT_REF")]),
    # "in as many years" is no stretch of time of its own
    ("It was his second trip to China in as many years.", AP, []),
    ("It took many years.", AP, [("many years", "DURATION", "PXY")]),
]


@pytest.mark.parametrize(("text", "dct", "expected"), YEARS_AND_NAMES)
def test_years_names_and_ranges(text: str, dct: date, expected: list[tuple[str, str, str]]) -> None:
    assert found(text, dct) == expected


WWDC = date(2010, 6, 8)  # a Tuesday

TOKENISED_AND_ADJECTIVES: Rows = [
    # tokenised text puts a space before the comma
    ("It was founded on April 28 , 2003 in Texas.", WWDC, [("April 28 , 2003", "DATE", "2003-04-28")]),
    ("On Monday , June 7 , 2010 it opened.", WWDC, [("Monday , June 7 , 2010", "DATE", "2010-06-07")]),
    # a number and a singular unit before a noun: the article is not part of it
    ("It ends the eleven year partnership.", WWDC, [("eleven year", "DURATION", "P11Y")]),
    ("He took the two days off.", WWDC, [("the two days", "DURATION", "P2D")]),
    # life dates after a name are years; "current" before a financial quarter is no present on its own
    ("Steve Jobs 1955-2011 died.", WWDC, [("1955", "DATE", "1955"), ("2011", "DATE", "2011")]),
    (
        "It will be sold by the end of the current financial quarter.",
        WWDC,
        [("the end of the current financial quarter", "DATE", "2010-Q2")],
    ),
]


@pytest.mark.parametrize(("text", "dct", "expected"), TOKENISED_AND_ADJECTIVES)
def test_tokenised_text_and_adjectives(text: str, dct: date, expected: list[tuple[str, str, str]]) -> None:
    assert found(text, dct) == expected


SPRING_2013 = date(2013, 4, 26)  # a Friday

SINCE_AND_ANCHORS: Rows = [
    # "since" points back; a year named earlier in the sentence does not pull a future month back
    ("Apple shares have fallen 40 percent since September.", SPRING_2013, [("September", "DATE", "2012-09")]),
    (
        "The ban, in place since 2011, will be lifted at the end of June.",
        SPRING_2013,
        [("2011", "DATE", "2011"), ("the end of June", "DATE", "2013-06")],
    ),
    ("Prices fell in 1997 and rose in June.", SPRING_2013, [("1997", "DATE", "1997"), ("June", "DATE", "1997-06")]),
    # "years ago" with no count: some time back
    ("Just months ago he was broke.", SPRING_2013, [("months ago", "DATE", "PAST_REF")]),
    ("Years ago, the area was a swamp.", SPRING_2013, [("Years ago", "DATE", "PAST_REF")]),
    ("Two years ago it fell.", SPRING_2013, [("Two years ago", "DATE", "2011")]),
    # clock times without a.m./p.m.: "o'clock", and "at 10:30" (the preposition stays outside)
    ("At nine o'clock the bell rang.", SPRING_2013, [("nine o'clock", "TIME", "2013-04-26T09:00")]),
    (
        "At 10 o'clock in the evening it ended.",
        SPRING_2013,
        [("10 o'clock in the evening", "TIME", "2013-04-26T22:00")],
    ),
    ("He left at 10:30 Tuesday.", SPRING_2013, [("10:30 Tuesday", "TIME", "2013-04-23T10:30")]),
    ("The score was 10:30 at the break.", SPRING_2013, []),
    # ranges of days: each end is a date, in the month (and year) of the first
    ("Talks were held April 7-9.", SPRING_2013, [("April 7", "DATE", "2013-04-07"), ("9", "DATE", "2013-04-09")]),
    (
        "The show ran Sept. 9 to 12, 1998.",
        SPRING_2013,
        [("Sept. 9", "DATE", "1998-09-09"), ("12, 1998", "DATE", "1998-09-12")],
    ),
    # month abbreviations without a period (not AP style, but common): "Jan 5", "Oct 2012"
    (
        "It opened Jan 5 and fell in Oct 2012.",
        SPRING_2013,
        [("Jan 5", "DATE", "2013-01-05"), ("Oct 2012", "DATE", "2012-10")],
    ),
    ("The market fell in the decade.", SPRING_2013, []),
    # both ends of a month range
    (
        "The economy grew 2.5 percent in the January-March quarter.",
        SPRING_2013,
        [("January", "DATE", "2013-01"), ("March", "DATE", "2013-03")],
    ),
]


@pytest.mark.parametrize(("text", "dct", "expected"), SINCE_AND_ANCHORS)
def test_since_and_year_anchors(text: str, dct: date, expected: list[tuple[str, str, str]]) -> None:
    assert found(text, dct) == expected
