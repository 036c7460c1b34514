"""Table-driven tests, one table per class of expression added in the fourth tagger round: the
styles of British and international news (day-month dates, 24-hour clocks with a zone, "a
fortnight"), company reports ("a year earlier" after the nine months, "the year ended ..."),
the direction of days from the verbs around them (scheduled and progressive presents, "ahead
of", paired days, irregular past verbs), sets, named days and seasons. All sentences are ours.
Rows: text, DCT, expected (text, type, value)."""

from __future__ import annotations

from datetime import date

import pytest

from timeline_app.core.timex import tag_times

THU = date(2013, 3, 14)  # a Thursday

Rows = list[tuple[str, date, list[tuple[str, str, str]]]]


def found(text: str, dct: date) -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in tag_times(text, dct)]


DAY_MONTH: Rows = [
    # day before month, with the short month names that are also verbs
    ("Parliament rejected the levy on 19 March.", THU, [("19 March", "DATE", "2013-03-19")]),
    ("The ferry sank on 2 March.", THU, [("2 March", "DATE", "2013-03-02")]),
    ("The results were published on 6 May.", THU, [("6 May", "DATE", "2012-05-06")]),
    ("The plant has been idle since 8 March.", THU, [("8 March", "DATE", "2013-03-08")]),
    ("The 9 March vote went ahead.", THU, [("9 March", "DATE", "2013-03-09")]),
    # a weekday before the day is part of the date
    ("Banks stay shut until Thursday 21 March.", THU, [("Thursday 21 March", "DATE", "2013-03-21")]),
    ("Voting is due on Tuesday, 26 March.", THU, [("Tuesday, 26 March", "DATE", "2013-03-26")]),
    # a count before the verb "march" or the modal "may" is no date
    ("Some 30 March on the palace each spring.", THU, [("each spring", "SET", "XXXX-SP")]),
    ("Officials fear 12 May be trapped.", THU, []),
    # other months were dates already
    ("The strike began on 4 February.", THU, [("4 February", "DATE", "2013-02-04")]),
]


@pytest.mark.parametrize(("text", "dct", "expected"), DAY_MONTH)
def test_day_month_dates(text: str, dct: date, expected: list[tuple[str, str, str]]) -> None:
    assert found(text, dct) == expected


CLOCK_ZONES: Rows = [
    # a 24-hour clock takes its time zone into the expression, and needs no preposition with one
    ("The blast was heard at 14:30 GMT.", THU, [("14:30 GMT", "TIME", "2013-03-14T14:30")]),
    (
        "Polls opened at 07:00 local time (05:00 GMT).",
        THU,
        [("07:00 local time", "TIME", "2013-03-14T07:00"), ("05:00 GMT", "TIME", "2013-03-14T05:00")],
    ),
    ("The ferry left at 08:15 BST on Monday.", THU, [("08:15 BST on Monday", "TIME", "2013-03-11T08:15")]),
    # without a zone or a preposition a colon between numbers is no time
    ("The vote was carried 12:30 in the chamber.", THU, []),
    ("Kick-off is at 19:45.", THU, [("19:45", "TIME", "2013-03-14T19:45")]),
]


@pytest.mark.parametrize(("text", "dct", "expected"), CLOCK_ZONES)
def test_24_hour_clocks_with_a_zone(text: str, dct: date, expected: list[tuple[str, str, str]]) -> None:
    assert found(text, dct) == expected


OCT = date(2007, 10, 25)  # a Thursday, in the season of third-quarter reports

YEAR_BEFORE_OF_A_LONGER_PERIOD: Rows = [
    # after a quarter, "a year earlier" is that quarter a year back
    (
        "Profit in the third quarter rose to $8 million from $5 million a year earlier.",
        OCT,
        [("the third quarter", "DATE", "2007-Q3"), ("a year earlier", "DATE", "2006-Q3")],
    ),
    # after the nine months (or six) reported since, it is the year before
    (
        "Profit in the third quarter rose 5%. For the nine months, profit was $20 million, "
        "compared with $18 million a year earlier.",
        OCT,
        [
            ("the third quarter", "DATE", "2007-Q3"),
            ("the nine months", "DURATION", "P9M"),
            ("a year earlier", "DATE", "2006"),
        ],
    ),
    (
        "Third-quarter sales fell. In the first nine months, the loss was $3 million, against "
        "year-earlier net income of $1 million; in the 2006 period, sales were higher.",
        OCT,
        [
            ("Third-quarter", "DATE", "2007-Q3"),
            ("the first nine months", "DURATION", "P9M"),
            ("year-earlier", "DATE", "2006"),
            ("the 2006 period", "DATE", "2006"),
        ],
    ),
    # a quarter named again after the nine months is what is compared once more
    (
        "For the nine months, sales rose. Third-quarter sales were up 4% from a year earlier.",
        OCT,
        [
            ("the nine months", "DURATION", "P9M"),
            ("Third-quarter", "DATE", "2007-Q3"),
            ("a year earlier", "DATE", "2006-Q3"),
        ],
    ),
]


@pytest.mark.parametrize(("text", "dct", "expected"), YEAR_BEFORE_OF_A_LONGER_PERIOD)
def test_year_earlier_after_a_longer_period(text: str, dct: date, expected: list[tuple[str, str, str]]) -> None:
    assert found(text, dct) == expected


PAIRED_WEEKDAYS: Rows = [
    # the second of two days ahead follows the first, though it is the DCT's weekday
    (
        "The central bank meets on Wednesday and Thursday.",
        THU,
        [("Wednesday", "DATE", "2013-03-20"), ("Thursday", "DATE", "2013-03-21")],
    ),
    # a range runs forward from its first day
    ("Shops opened Monday through Friday.", THU, [("Monday", "DATE", "2013-03-11"), ("Friday", "DATE", "2013-03-15")]),
    # two past days keep their own values, in either order
    (
        "Riots broke out on Tuesday and Wednesday.",
        THU,
        [("Tuesday", "DATE", "2013-03-12"), ("Wednesday", "DATE", "2013-03-13")],
    ),
    ("He spoke on Friday and Monday.", THU, [("Friday", "DATE", "2013-03-08"), ("Monday", "DATE", "2013-03-11")]),
]


@pytest.mark.parametrize(("text", "dct", "expected"), PAIRED_WEEKDAYS)
def test_paired_weekdays(text: str, dct: date, expected: list[tuple[str, str, str]]) -> None:
    assert found(text, dct) == expected


IRREGULAR_PAST: Rows = [
    # irregular past verbs set the direction as the "-ed" ones do
    ("Troops retook the town in September.", THU, [("September", "DATE", "2012-09")]),
    ("The appeals court upheld the sentence in October.", THU, [("October", "DATE", "2012-10")]),
    ("The ferry sank in November.", THU, [("November", "DATE", "2012-11")]),
    # "the Fed" is no past verb: a month ahead stays ahead
    ("The Fed meets again in September.", THU, [("September", "DATE", "2013-09")]),
]


@pytest.mark.parametrize(("text", "dct", "expected"), IRREGULAR_PAST)
def test_irregular_past_verbs(text: str, dct: date, expected: list[tuple[str, str, str]]) -> None:
    assert found(text, dct) == expected


SCHEDULED_IN_THE_PRESENT: Rows = [
    # a present-tense verb of a scheduled event points a weekday ahead
    ("The Senate votes Tuesday on the budget.", THU, [("Tuesday", "DATE", "2013-03-19")]),
    ("The bill faces a final vote Wednesday.", THU, [("Wednesday", "DATE", "2013-03-20")]),
    ("Italians go to the polls Sunday.", THU, [("Sunday", "DATE", "2013-03-17")]),
    ("The court hears the appeal Monday.", THU, [("Monday", "DATE", "2013-03-18")]),
    ("Shares are poised to open higher Friday.", THU, [("Friday", "DATE", "2013-03-15")]),
    # the noun is no verb, and a past verb still decides
    ("The vote Tuesday was close.", THU, [("Tuesday", "DATE", "2013-03-12")]),
    ("Their votes Monday were counted by hand.", THU, [("Monday", "DATE", "2013-03-11")]),
    ("The Senate voted Tuesday.", THU, [("Tuesday", "DATE", "2013-03-12")]),
]


@pytest.mark.parametrize(("text", "dct", "expected"), SCHEDULED_IN_THE_PRESENT)
def test_scheduled_events_in_the_present(text: str, dct: date, expected: list[tuple[str, str, str]]) -> None:
    assert found(text, dct) == expected


SEASON_NAMES: Rows = [
    # a capitalised season before a name is part of the name
    ("Tickets for the Winter Olympics sold out.", THU, []),
    ("Tourists crowded the Summer Palace.", THU, []),
    # with a year or a relative word it is still a date
    ("In Summer 2012 the law was passed.", THU, [("Summer 2012", "DATE", "2012-SU")]),
    ("Last Summer Congress passed the law.", THU, [("Last Summer", "DATE", "2012-SU")]),
]


@pytest.mark.parametrize(("text", "dct", "expected"), SEASON_NAMES)
def test_seasons_in_names(text: str, dct: date, expected: list[tuple[str, str, str]]) -> None:
    assert found(text, dct) == expected


NEXT_AFTER_A_DATE: Rows = [
    # in a past clause, "the next year" follows the date just named
    (
        "The law was passed in 2010. It was struck down the next year.",
        THU,
        [("2010", "DATE", "2010"), ("the next year", "DATE", "2011")],
    ),
    (
        "The plant opened in June 2011 and closed the next month.",
        THU,
        [("June 2011", "DATE", "2011-06"), ("the next month", "DATE", "2011-07")],
    ),
    # ahead, it is the DCT's next year
    ("The firm said the next year will be hard.", THU, [("the next year", "DATE", "2014")]),
]

NUMBERS_AND_NUMERIC_DATES: Rows = [
    # thousands with a comma are one number
    ("The 1,000-day siege ended.", THU, [("1,000-day", "DURATION", "P1000D")]),
    ("The campaign lasted 1,500 days.", THU, [("1,500 days", "DURATION", "P1500D")]),
    # a day past the 12th first: the day-month-year order; otherwise the US order
    ("Entries close on 21/03/2013.", THU, [("21/03/2013", "DATE", "2013-03-21")]),
    ("Entries close on 03/21/2013.", THU, [("03/21/2013", "DATE", "2013-03-21")]),
]


@pytest.mark.parametrize(("text", "dct", "expected"), NEXT_AFTER_A_DATE + NUMBERS_AND_NUMERIC_DATES)
def test_next_unit_after_a_date_and_numbers(text: str, dct: date, expected: list[tuple[str, str, str]]) -> None:
    assert found(text, dct) == expected


DECADES_FROM_A_DATE: Rows = [
    # decades and centuries after a year named are counted from that year, not from the DCT
    (
        "The firm was founded in 1998. Two decades later it is a giant.",
        THU,
        [("1998", "DATE", "1998"), ("Two decades later", "DATE", "201")],
    ),
    (
        "The fort was built in 1850. A century later it was abandoned.",
        THU,
        [("1850", "DATE", "1850"), ("A century later", "DATE", "19")],
    ),
]


@pytest.mark.parametrize(("text", "dct", "expected"), DECADES_FROM_A_DATE)
def test_decades_later_than_a_date(text: str, dct: date, expected: list[tuple[str, str, str]]) -> None:
    assert found(text, dct) == expected


SETS_OF_PARTS_AND_QUARTERS: Rows = [
    # every or each part of the day is a set
    ("The guards patrol each night.", THU, [("each night", "SET", "XXXX-XX-XXTNI")]),
    ("Every morning, queues form outside.", THU, [("Every morning", "SET", "XXXX-XX-XXTMO")]),
    # "quarterly" the adverb is a set; the adjective before its noun is not
    ("The reserve is adjusted quarterly.", THU, [("quarterly", "SET", "P1Q")]),
    ("The firm raised its quarterly dividend.", THU, []),
    ("Quarterly profit rose.", THU, []),
]


@pytest.mark.parametrize(("text", "dct", "expected"), SETS_OF_PARTS_AND_QUARTERS)
def test_sets_of_parts_of_day_and_quarters(text: str, dct: date, expected: list[tuple[str, str, str]]) -> None:
    assert found(text, dct) == expected


RATES_WITH_COUNTED_NOUNS: Rows = [
    # "a week" after a counted noun is a rate: a set, not a duration
    ("The line runs four ferries a week.", THU, [("a week", "SET", "P1W")]),
    ("The clinic is open seven days a week.", THU, [("seven days", "DURATION", "P7D"), ("a week", "SET", "P1W")]),
    # a list of durations is no rate
    (
        "The repairs took two years, a month and a day.",
        THU,
        [("two years", "DURATION", "P2Y"), ("a month", "DURATION", "P1M"), ("a day", "DURATION", "P1D")],
    ),
]


@pytest.mark.parametrize(("text", "dct", "expected"), RATES_WITH_COUNTED_NOUNS)
def test_rates_after_counted_nouns(text: str, dct: date, expected: list[tuple[str, str, str]]) -> None:
    assert found(text, dct) == expected


PLANS_CARRIED_OUT: Rows = [
    # "as planned" tells of a plan carried out: no future cue
    ("The offensive began as previously planned Saturday night.", THU, [("Saturday night", "TIME", "2013-03-09TNI")]),
    ("The vote went ahead as planned on Tuesday.", THU, [("Tuesday", "DATE", "2013-03-12")]),
    # a plan still ahead points ahead
    ("The planned strike on Friday will close schools.", THU, [("Friday", "DATE", "2013-03-15")]),
]


@pytest.mark.parametrize(("text", "dct", "expected"), PLANS_CARRIED_OUT)
def test_plans_carried_out(text: str, dct: date, expected: list[tuple[str, str, str]]) -> None:
    assert found(text, dct) == expected


NAMED_DAYS: Rows = [
    # named days that hold a weekday are days of their own, or names
    ("Stores opened early on Black Friday.", THU, [("Black Friday", "DATE", "2012-11-23")]),
    ("Sales rose on Cyber Monday.", THU, [("Cyber Monday", "DATE", "2012-11-26")]),
    ("Crowds gathered on Palm Sunday.", THU, [("Palm Sunday", "DATE", "2012-04-01")]),
    ("Unions marched on May Day.", THU, [("May Day", "DATE", "2012-05-01")]),
    ("Candidates campaigned hard before Super Tuesday.", THU, []),
    ("The film Bloody Sunday was shown.", THU, []),
]


@pytest.mark.parametrize(("text", "dct", "expected"), NAMED_DAYS)
def test_named_days(text: str, dct: date, expected: list[tuple[str, str, str]]) -> None:
    assert found(text, dct) == expected


OVER_THE_YEARS: Rows = [
    ("Over the years, the village shrank.", THU, [("the years", "DURATION", "PXY")]),
    ("The coast has changed over the decades.", THU, [("the decades", "DURATION", "PXE")]),
    # a count of something else is no stretch of time
    ("Over the years of war, the village shrank.", THU, []),
]


@pytest.mark.parametrize(("text", "dct", "expected"), OVER_THE_YEARS)
def test_over_the_years(text: str, dct: date, expected: list[tuple[str, str, str]]) -> None:
    assert found(text, dct) == expected


FORTNIGHTS: Rows = [
    ("The strike lasted a fortnight.", THU, [("a fortnight", "DURATION", "P2W")]),
    ("The minister resigned a fortnight ago.", THU, [("a fortnight ago", "DATE", "2013-W09")]),
    ("The vote came a fortnight later.", THU, [("a fortnight", "DURATION", "P2W")]),
    ("The council meets fortnightly.", THU, [("fortnightly", "SET", "P2W")]),
    ("She edits a fortnightly magazine.", THU, []),
]

DAY_FIRST_RANGES: Rows = [
    # the first day of "3 and 4 April" takes the month (and year) written after the second
    (
        "The committee meets on 3 and 4 April.",
        THU,
        [("3", "DATE", "2013-04-03"), ("4 April", "DATE", "2013-04-04")],
    ),
    (
        "Talks were held on 12-14 March 2012.",
        THU,
        [("12", "DATE", "2012-03-12"), ("14 March 2012", "DATE", "2012-03-14")],
    ),
    # counts of other things are no days
    ("He scored 3 to 4 goals.", THU, []),
]


@pytest.mark.parametrize(("text", "dct", "expected"), FORTNIGHTS + DAY_FIRST_RANGES)
def test_fortnights_and_day_first_ranges(text: str, dct: date, expected: list[tuple[str, str, str]]) -> None:
    assert found(text, dct) == expected


YEAR_ENDED: Rows = [
    # a year that ends on a date is a stretch of a year's length
    (
        "Net income for the year ended June 30 rose 4%.",
        THU,
        [("the year", "DURATION", "P1Y"), ("June 30", "DATE", "2012-06-30")],
    ),
    (
        "Inflation was 2.8% in the year to February.",
        THU,
        [("the year", "DURATION", "P1Y"), ("February", "DATE", "2013-02")],
    ),
    # without an end, the year in question is this one
    ("For the year, sales were flat.", THU, [("the year", "DATE", "2013")]),
    ("Profit for the fiscal year will fall.", THU, [("the fiscal year", "DATE", "2013")]),
]


@pytest.mark.parametrize(("text", "dct", "expected"), YEAR_ENDED)
def test_the_year_ended(text: str, dct: date, expected: list[tuple[str, str, str]]) -> None:
    assert found(text, dct) == expected


HALF_OF_A_MONTH: list[tuple[str, date, list[tuple[str, str, str, str]]]] = [
    # half of a month is the month's start or end, not a half-year
    (
        "Prices fell in the second half of February.",
        THU,
        [("the second half of February", "DATE", "2013-02", "END")],
    ),
    ("Output rose in the first half of May 2012.", THU, [("the first half of May 2012", "DATE", "2012-05", "START")]),
    ("Sales fell in the first half of the year.", THU, [("the first half of the year", "DATE", "2013-H1", "")]),
]


@pytest.mark.parametrize(("text", "dct", "expected"), HALF_OF_A_MONTH)
def test_half_of_a_month(text: str, dct: date, expected: list[tuple[str, str, str, str]]) -> None:
    assert [(t.text, t.type, t.value, t.mod) for t in tag_times(text, dct)] == expected


CLOCK_ENDINGS_AND_PLURAL_SCHEDULES: Rows = [
    # the full stop after "10pm" ends the sentence; after "p.m" it ends the abbreviation
    ("Polls close at 10pm. Counting starts at once.", THU, [("10pm", "TIME", "2013-03-14T22:00")]),
    ("Polls close at 10 p.m.", THU, [("10 p.m.", "TIME", "2013-03-14T22:00")]),
    # plural subjects of scheduled verbs point ahead; the noun after an article does not
    ("Polls close at 10 p.m. Friday.", THU, [("10 p.m. Friday", "TIME", "2013-03-15T22:00")]),
    ("Markets open Monday after the holiday.", THU, [("Monday", "DATE", "2013-03-18")]),
    ("Shares hit a high at the close Friday.", THU, [("Friday", "DATE", "2013-03-08")]),
    ("The talks came to an end Friday.", THU, [("Friday", "DATE", "2013-03-08")]),
]


@pytest.mark.parametrize(("text", "dct", "expected"), CLOCK_ENDINGS_AND_PLURAL_SCHEDULES)
def test_clock_endings_and_plural_schedules(text: str, dct: date, expected: list[tuple[str, str, str]]) -> None:
    assert found(text, dct) == expected


ARRANGED_IN_THE_PROGRESSIVE: Rows = [
    # the present progressive with a day is an arranged event ahead
    ("The board is meeting Friday to decide.", THU, [("Friday", "DATE", "2013-03-15")]),
    ("The president is travelling to Asia on Saturday.", THU, [("Saturday", "DATE", "2013-03-16")]),
    ("Officials are holding talks Monday in Paris.", THU, [("Monday", "DATE", "2013-03-18")]),
    # not a possessive day, nor one that goes with a noun phrase of its own
    ("Police are investigating Sunday's shooting.", THU, [("Sunday", "DATE", "2013-03-10")]),
    ("Police are investigating the shooting on Sunday.", THU, [("Sunday", "DATE", "2013-03-10")]),
    ("Protesters were marching Friday.", THU, [("Friday", "DATE", "2013-03-08")]),
]


@pytest.mark.parametrize(("text", "dct", "expected"), ARRANGED_IN_THE_PROGRESSIVE)
def test_arranged_events_in_the_progressive(text: str, dct: date, expected: list[tuple[str, str, str]]) -> None:
    assert found(text, dct) == expected


PAST_DECADE_AS_A_STRETCH: Rows = [
    # over/for/during the past decade: ten years up to now, not the previous calendar decade
    ("Violence has risen over the past decade.", THU, [("the past decade", "DURATION", "P10Y")]),
    ("He has led the party for the last decade.", THU, [("the last decade", "DURATION", "P10Y")]),
    # "past" always looks back from now: "the biggest crowd in the past decade"
    ("It was the biggest crowd in the past decade.", THU, [("the past decade", "DURATION", "P10Y")]),
    # "in the last decade" names the decade before this one
    ("Wages fell in the last decade.", THU, [("the last decade", "DATE", "200")]),
]


@pytest.mark.parametrize(("text", "dct", "expected"), PAST_DECADE_AS_A_STRETCH)
def test_past_decade_as_a_stretch(text: str, dct: date, expected: list[tuple[str, str, str]]) -> None:
    assert found(text, dct) == expected


AHEAD_OF_A_DAY: Rows = [
    # "ahead of", "await": the day is still to come
    ("Shares rose ahead of Friday's jobs report.", THU, [("Friday", "DATE", "2013-03-15")]),
    ("Investors await Friday's jobs report.", THU, [("Friday", "DATE", "2013-03-15")]),
    ("The bill passed ahead of Monday's deadline.", THU, [("Monday", "DATE", "2013-03-18")]),
    # "after" a day's event: behind
    ("Shares fell after Wednesday's ruling.", THU, [("Wednesday", "DATE", "2013-03-13")]),
]


@pytest.mark.parametrize(("text", "dct", "expected"), AHEAD_OF_A_DAY)
def test_ahead_of_a_day(text: str, dct: date, expected: list[tuple[str, str, str]]) -> None:
    assert found(text, dct) == expected


PREVIOUS_AND_FOLLOWING_DAYS: Rows = [
    # counted from the last day the story named, not from the DCT
    (
        "The index rose 2% on Friday.\\n\\nIt was down 4% from the previous Friday.",
        THU,
        [("Friday", "DATE", "2013-03-08"), ("the previous Friday", "DATE", "2013-03-01")],
    ),
    (
        "He was arrested on Tuesday, March 5, and released the following Monday.",
        THU,
        [("Tuesday, March 5", "DATE", "2013-03-05"), ("the following Monday", "DATE", "2013-03-11")],
    ),
    # with no day named before, from the DCT
    ("The talks ended the previous Friday.", THU, [("the previous Friday", "DATE", "2013-03-08")]),
]


@pytest.mark.parametrize(("text", "dct", "expected"), PREVIOUS_AND_FOLLOWING_DAYS)
def test_previous_and_following_days(text: str, dct: date, expected: list[tuple[str, str, str]]) -> None:
    assert found(text, dct) == expected


HUNDREDS: Rows = [
    # "the 1800s" is the century; "the 2000s" and the other decades stay decades
    ("He lived in the 1800s.", THU, [("the 1800s", "DATE", "18")]),
    ("Mills closed in the early 1900s.", THU, [("the early 1900s", "DATE", "19")]),
    ("In the 2000s, prices rose.", THU, [("the 2000s", "DATE", "200")]),
    ("In the 1990s, prices rose.", THU, [("the 1990s", "DATE", "199")]),
]


@pytest.mark.parametrize(("text", "dct", "expected"), HUNDREDS)
def test_hundreds_are_centuries(text: str, dct: date, expected: list[tuple[str, str, str]]) -> None:
    assert found(text, dct) == expected


ENDS_OF_CENTURIES: Rows = [
    ("Sea levels will rise by the end of the century.", THU, [("the end of the century", "DATE", "20")]),
    ("At the start of the last century, cars were rare.", THU, [("the start of the last century", "DATE", "19")]),
    ("By the end of the next decade, fleets will be electric.", THU, [("the end of the next decade", "DATE", "202")]),
]


@pytest.mark.parametrize(("text", "dct", "expected"), ENDS_OF_CENTURIES)
def test_ends_of_centuries(text: str, dct: date, expected: list[tuple[str, str, str]]) -> None:
    assert found(text, dct) == expected
