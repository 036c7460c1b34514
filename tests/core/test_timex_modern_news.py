"""Table-driven tests for the styles of news written in the 2010s (wire, broadcaster and newspaper
sites, British and American): British dates and clocks, business periods ("H1 2013", "end-March",
"the week to Saturday"), sports seasons, decades written without an apostrophe, times of day with
a zone, and the names of products, events and people that look like dates but are none. All
sentences are ours. Rows: text, DCT, expected (text, type, value[, mod])."""

from __future__ import annotations

from datetime import date

import pytest

from timeline_app.core.timex import tag_times

THU = date(2013, 3, 14)  # a Thursday
FRI = date(2016, 6, 24)  # a Friday

Expected = list[tuple[str, ...]]
Rows = list[tuple[str, date, Expected]]


def found(text: str, dct: date) -> Expected:
    return [(t.text, t.type, t.value) + ((t.mod,) if t.mod else ()) for t in tag_times(text, dct)]


BRITISH_DATES: Rows = [
    ("The minister resigned on 11 March.", THU, [("11 March", "DATE", "2013-03-11")]),
    ("Elections will be held on Thursday 21 March 2013.", THU, [("Thursday 21 March 2013", "DATE", "2013-03-21")]),
    ("The deal was signed on 4th March.", THU, [("4th March", "DATE", "2013-03-04")]),
    ("The museum reopens on the 21st of March.", THU, [("the 21st of March", "DATE", "2013-03-21")]),
    ("The report was released on Friday 8th March.", THU, [("Friday 8th March", "DATE", "2013-03-08")]),
    ("He was born on 4 July 1976.", THU, [("4 July 1976", "DATE", "1976-07-04")]),
    ("The tax takes effect from 1 April.", THU, [("1 April", "DATE", "2013-04-01")]),
    ("The deal, announced on 4 February, was hailed.", THU, [("4 February", "DATE", "2013-02-04")]),
    # Reuters writes abbreviated months without a full stop
    ("The rule took effect on Jan 1.", THU, [("Jan 1", "DATE", "2013-01-01")]),
    ("Profit rose to $2 billion at Sept 30.", THU, [("Sept 30", "DATE", "2012-09-30")]),
    ("Stocks closed lower on Friday, March 8.", THU, [("Friday, March 8", "DATE", "2013-03-08")]),
    # a day named again in the story is the same date, whatever the tense around it
    (
        "The UK will leave on 31 October. The exit was delayed to 31 October.",
        THU,
        [("31 October", "DATE", "2013-10-31"), ("31 October", "DATE", "2013-10-31")],
    ),
    # a day in the sentence of a year named is in that year; not after "since 2011,"
    (
        "The 2015 general election was held on 7 May.",
        FRI,
        [("2015", "DATE", "2015"), ("7 May", "DATE", "2015-05-07")],
    ),
    (
        "Jobless claims have risen since 2011, figures published on 12 March showed.",
        THU,
        [("2011", "DATE", "2011"), ("12 March", "DATE", "2013-03-12")],
    ),
    # a bare ordinal day is a day of the month the story is in, by the tense
    ("The vote takes place on the 21st.", THU, [("the 21st", "DATE", "2013-03-21")]),
    ("Parliament last sat on the 25th.", THU, [("the 25th", "DATE", "2013-02-25")]),
    (
        "Talks began on March 3 and ended on the 5th.",
        THU,
        [("March 3", "DATE", "2013-03-03"), ("the 5th", "DATE", "2013-03-05")],
    ),
    ("He lives on the 21st floor.", THU, []),
    ("It dates from the 5th century.", THU, [("the 5th century", "DATE", "04")]),
    # a weekday with its day of the month
    ("Talks resume on Wednesday 20th.", THU, [("Wednesday 20th", "DATE", "2013-03-20")]),
    ("Talks ended on Wednesday the 13th.", THU, [("Wednesday the 13th", "DATE", "2013-03-13")]),
]

PARTS_OF_DAYS: Rows = [
    # "the early hours of" stays outside the expression, as annotators of wire text leave it
    ("He was arrested in the early hours of Sunday.", THU, [("Sunday", "DATE", "2013-03-10")]),
    (
        "The bomb went off in the early hours of Sunday morning.",
        THU,
        [("Sunday morning", "TIME", "2013-03-10TMO")],
    ),
    ("Fighting broke out in the early hours of 2 March.", THU, [("2 March", "DATE", "2013-03-02")]),
    # and "the early hours" alone name no day
    ("The talks lasted into the early hours.", THU, []),
    ("The talks collapsed on Tuesday night.", THU, [("Tuesday night", "TIME", "2013-03-12TNI")]),
    # "overnight Tuesday" (American wire): the night of that day
    ("The strike began overnight Tuesday.", THU, [("overnight Tuesday", "TIME", "2013-03-12TNI")]),
    ("Markets fell overnight.", THU, [("overnight", "TIME", "2013-03-13TNI")]),
    # the next or previous part of a day the story named
    (
        "They met on Monday and again the next morning.",
        THU,
        [("Monday", "DATE", "2013-03-11"), ("the next morning", "TIME", "2013-03-12TMO")],
    ),
    (
        "He was arrested on 2 March. The previous night, he had fled.",
        THU,
        [("2 March", "DATE", "2013-03-02"), ("The previous night", "TIME", "2013-03-01TNI")],
    ),
    ("They met again the following morning.", THU, []),
    ("The deal was announced late Tuesday.", THU, [("late Tuesday", "DATE", "2013-03-12", "END")]),
    # with "on" between, "late" stays outside, as a signal does
    ("The deal was announced late on Tuesday.", THU, [("Tuesday", "DATE", "2013-03-12")]),
    ("He was killed last night.", THU, [("last night", "TIME", "2013-03-13TNI")]),
    # a weekday in a week named after it
    ("He was arrested on Thursday last week.", THU, [("Thursday last week", "DATE", "2013-03-07")]),
    ("The talks resume on Monday next week.", THU, [("Monday next week", "DATE", "2013-03-18")]),
    ("The figures came out on Wednesday of last week.", THU, [("Wednesday of last week", "DATE", "2013-03-06")]),
    (
        "He arrived Sunday, next week he leaves.",
        THU,
        [("Sunday", "DATE", "2013-03-10"), ("next week", "DATE", "2013-W12")],
    ),
    ("He spoke this morning.", THU, [("this morning", "TIME", "2013-03-14TMO")]),
    ("The game starts tonight.", THU, [("tonight", "TIME", "2013-03-14TNI")]),
    ("Shares fell earlier today.", THU, [("earlier today", "DATE", "2013-03-14", "START")]),
    ("He died later in the day.", THU, [("later in the day", "DATE", "2013-03-14", "END")]),
    ("The results arrive the day after tomorrow.", THU, [("the day after tomorrow", "DATE", "2013-03-16")]),
    ("He left the day before yesterday.", THU, [("the day before yesterday", "DATE", "2013-03-12")]),
]

CLOCKS_AND_ZONES: Rows = [
    ("The meeting starts at 09:00 GMT.", THU, [("09:00 GMT", "TIME", "2013-03-14T09:00")]),
    ("The meeting starts at 1400 GMT.", THU, [("1400 GMT", "TIME", "2013-03-14T14:00")]),
    # British papers write a full stop in the clock
    ("The storm hit at 14.30 GMT.", THU, [("14.30 GMT", "TIME", "2013-03-14T14:30")]),
    ("The ferry left at 9.15 BST on Monday.", THU, [("9.15 BST on Monday", "TIME", "2013-03-11T09:15")]),
    ("The shares closed at 14.30 on Monday.", THU, [("Monday", "DATE", "2013-03-11")]),
    ("The market opens at 0900 GMT on Friday.", THU, [("0900 GMT on Friday", "TIME", "2013-03-15T09:00")]),
    # a four-digit clock in local time is a time too
    ("The quake hit at 0245 local time.", THU, [("0245 local time", "TIME", "2013-03-14T02:45")]),
    (
        "The quake hit at 1415 local time (0915 GMT).",
        THU,
        [("1415 local time", "TIME", "2013-03-14T14:15"), ("0915 GMT", "TIME", "2013-03-14T09:15")],
    ),
    # noon and midnight take their zone, written the American way too
    ("The meeting starts at noon ET.", THU, [("noon ET", "TIME", "2013-03-14T12:00")]),
    ("The polls close at midnight local time.", THU, [("midnight local time", "TIME", "2013-03-14T24")]),
    ("The bomb exploded at midnight GMT.", THU, [("midnight GMT", "TIME", "2013-03-14T24")]),
    ("Trading closes at 4 p.m. EST.", THU, [("4 p.m. EST", "TIME", "2013-03-14T16:00")]),
    # European, Asian and Australian zones too
    ("The talks start at 10am CET.", THU, [("10am CET", "TIME", "2013-03-14T10:00")]),
    ("The market opens at 10am AEST on Monday.", THU, [("10am AEST on Monday", "TIME", "2013-03-18T10:00")]),
    ("The quake hit at 14:46 JST.", THU, [("14:46 JST", "TIME", "2013-03-14T14:46")]),
    # a clock takes the date written after it
    (
        "Britain is due to leave at 11pm on 29 March 2019.",
        THU,
        [("11pm on 29 March 2019", "TIME", "2019-03-29T23:00")],
    ),
    ("The vote opens at 7am on 2 May.", THU, [("7am on 2 May", "TIME", "2013-05-02T07:00")]),
    (
        "The UK left the EU at 23:00 GMT on 31 January 2020.",
        THU,
        [("23:00 GMT on 31 January 2020", "TIME", "2020-01-31T23:00")],
    ),
    ("Updated 14:32 GMT, 14 March 2013.", THU, [("14:32 GMT, 14 March 2013", "TIME", "2013-03-14T14:32")]),
    ("The blast was at 1530 GMT yesterday.", THU, [("1530 GMT yesterday", "TIME", "2013-03-13T15:30")]),
    ("Bids close at 5 p.m. EST Nov. 9.", THU, [("5 p.m. EST Nov. 9", "TIME", "2013-11-09T17:00")]),
    ("The talks ended at 8.30pm on Monday.", THU, [("8.30pm on Monday", "TIME", "2013-03-11T20:30")]),
    ("The blast happened at 3pm local time.", THU, [("3pm local time", "TIME", "2013-03-14T15:00")]),
    (
        "Voting ended at 10pm (2200 GMT).",
        THU,
        [("10pm", "TIME", "2013-03-14T22:00"), ("2200 GMT", "TIME", "2013-03-14T22:00")],
    ),
    # the second clock of a range of 24-hour clocks
    (
        "The curfew runs from 19:00 to 06:00.",
        THU,
        [("19:00", "TIME", "2013-03-14T19:00"), ("06:00", "TIME", "2013-03-14T06:00")],
    ),
    (
        "The curfew runs from 7pm to 6am.",
        THU,
        [("7pm", "TIME", "2013-03-14T19:00"), ("6am", "TIME", "2013-03-14T06:00")],
    ),
    # ratios and odds are no clocks
    ("The score went from 2:1 to 3:1.", THU, []),
]

BUSINESS_PERIODS: Rows = [
    ("Profit fell in H1 2013.", THU, [("H1 2013", "DATE", "2013-H1")]),
    ("Profit will recover in H2.", THU, [("H2", "DATE", "2013-H2")]),
    ("Profit fell in the first half of 2013.", THU, [("the first half of 2013", "DATE", "2013-H1")]),
    ("Revenue rose in the latter half of 2012.", THU, [("the latter half of 2012", "DATE", "2012-H2")]),
    ("Revenue rose in Q4 2012.", THU, [("Q4 2012", "DATE", "2012-Q4")]),
    ("Revenue rose in Q1.", THU, [("Q1", "DATE", "2013-Q1")]),
    ("The bank expects growth in FY2013.", THU, [("FY2013", "DATE", "2013")]),
    ("The group lost money in fiscal 2012.", THU, [("fiscal 2012", "DATE", "2012")]),
    ("The deficit fell in the 2012 fiscal year.", THU, [("the 2012 fiscal year", "DATE", "2012")]),
    ("Profit rose in FY13.", THU, [("FY13", "DATE", "2013")]),
    # Reuters' "end-March", "end-2014", "late-2012"
    ("Banks held $5 billion in reserves at end-December.", THU, [("end-December", "DATE", "2012-12", "END")]),
    ("The bank aims to finish the sale by end-2014.", THU, [("end-2014", "DATE", "2014", "END")]),
    ("The plant closed in late-2012.", THU, [("late-2012", "DATE", "2012", "END")]),
    ("The plant will reopen in early 2014.", THU, [("early 2014", "DATE", "2014", "START")]),
    # "later in 2013" is one expression, as "earlier in the year" is; not after a count of units
    ("Some expect a pickup later in 2013.", THU, [("later in 2013", "DATE", "2013", "END")]),
    ("It was later in 2010 that he left.", THU, [("later in 2010", "DATE", "2010", "END")]),
    ("Earlier in 2012, he left.", THU, [("Earlier in 2012", "DATE", "2012", "START")]),
    ("Shares fell earlier in March.", THU, [("earlier in March", "DATE", "2013-03", "START")]),
    ("Debt rose at the year-end.", THU, [("year-end", "DATE", "2013", "END")]),
    # ISO dates, with slashes too
    ("The order was filed on 2013-03-11.", THU, [("2013-03-11", "DATE", "2013-03-11")]),
    ("The order was filed on 2013/03/11.", THU, [("2013/03/11", "DATE", "2013-03-11")]),
    (
        "The data was stamped 2013-03-11T14:30:05Z.",
        THU,
        [("2013-03-11T14:30:05Z", "TIME", "2013-03-11T14:30:05")],
    ),
    # a period that runs to a date is a stretch of its length, as "the year to March" is
    (
        "Inflation rose 2.8% in the year to February.",
        THU,
        [("the year", "DURATION", "P1Y"), ("February", "DATE", "2013-02")],
    ),
    (
        "Sales rose 5% in the three months to February.",
        THU,
        [("the three months", "DURATION", "P3M"), ("February", "DATE", "2013-02")],
    ),
    (
        "Sales rose 4% in the week to Saturday.",
        THU,
        [("the week", "DURATION", "P1W"), ("Saturday", "DATE", "2013-03-09")],
    ),
    (
        "Sales rose 4% in the week ending Saturday.",
        THU,
        [("the week", "DURATION", "P1W"), ("Saturday", "DATE", "2013-03-09")],
    ),
    (
        "Claims fell in the month to February.",
        THU,
        [("the month", "DURATION", "P1M"), ("February", "DATE", "2013-02")],
    ),
    # "the month to date" has no end of its own
    ("Sales for the month to date are up.", THU, [("the month", "DATE", "2013-03")]),
    # "the week" with no end is still the week in question
    ("Shares rose 3% in the week.", THU, [("the week", "DATE", "2013-W11")]),
    # the end month of a range lies in the year of its start month, not before it
    (
        "Sales rose in the April-June period.",
        THU,
        [("April", "DATE", "2012-04"), ("June", "DATE", "2012-06")],
    ),
    (
        "Sales will rise in the October-December quarter.",
        THU,
        [("October", "DATE", "2013-10"), ("December", "DATE", "2013-12")],
    ),
    (
        "Sales rose in the November-January period.",
        THU,
        [("November", "DATE", "2012-11"), ("January", "DATE", "2013-01")],
    ),
    # short month names in a range
    ("Sales rose in the Oct-Dec quarter.", THU, [("Oct", "DATE", "2012-10"), ("Dec", "DATE", "2012-12")]),
    ("He met Jan and Dean.", THU, []),
    (
        "The season runs from August to May.",
        THU,
        [("August", "DATE", "2013-08"), ("May", "DATE", "2014-05")],
    ),
    # comparisons with a year back are no expressions of their own
    ("Prices rose 3% year-on-year.", THU, []),
    ("Prices rose 3% on a year-on-year basis.", THU, []),
]

YEARS_BEFORE: Rows = [
    # "the previous year", "the year before": the year before the DCT's (or the story's)
    ("Sales fell 3% from the previous year.", THU, [("the previous year", "DATE", "2012")]),
    ("Sales fell 3% from the year before.", THU, [("the year before", "DATE", "2012")]),
    (
        "Sales rose in 2010 after falling the previous year.",
        THU,
        [("2010", "DATE", "2010"), ("the previous year", "DATE", "2009")],
    ),
    ("The firm said the previous month had been weak.", THU, [("the previous month", "DATE", "2013-02")]),
    # "the year before the war": a signal and an event, no date of its own
    ("He left the year before the war.", THU, []),
]

SEASONS_AND_RANGES_OF_YEARS: Rows = [
    # a range of years keeps both ends, with a slash as with a dash
    ("He scored 20 goals in the 2012-13 season.", THU, [("2012", "DATE", "2012"), ("13", "DATE", "2013")]),
    ("He scored 20 goals in the 2012/13 season.", THU, [("2012", "DATE", "2012"), ("13", "DATE", "2013")]),
    ("The budget for 2013/14 was cut.", THU, [("2013", "DATE", "2013"), ("14", "DATE", "2014")]),
    # a slash between other numbers is no range of years
    ("The vote was 2013/1 in favour.", THU, []),
    # a winter that spans two years is the winter of its first
    ("Sales rose in the winter of 2012-13.", THU, [("the winter of 2012-13", "DATE", "2012-WI")]),
    ("Snow fell in winter 2010/11.", THU, [("winter 2010/11", "DATE", "2010-WI")]),
    ("The law was passed in the summer of 2012.", THU, [("the summer of 2012", "DATE", "2012-SU")]),
    ("He will step down in the autumn.", THU, [("the autumn", "DATE", "2013-FA")]),
    ("The bridge opened last autumn.", THU, [("last autumn", "DATE", "2012-FA")]),
    # a season after a capitalised word is a name
    ("The Arab Spring began in Tunisia.", THU, []),
    ("Soviet tanks crushed the Prague Spring.", THU, []),
    ("Last Summer Congress passed the law.", THU, [("Last Summer", "DATE", "2012-SU")]),
    ("In Spring 2012 the law was passed.", THU, [("Spring 2012", "DATE", "2012-SP")]),
]

DECADES: Rows = [
    ("Prices rose through the 2010s.", THU, [("the 2010s", "DATE", "201")]),
    ("In the mid-2000s, prices rose.", THU, [("the mid-2000s", "DATE", "200", "MID")]),
    ("In the '80s, the town boomed.", THU, [("the '80s", "DATE", "198")]),
    # the second of two decades may leave out its century
    ("Records from the 1970s and 80s stood.", THU, [("the 1970s", "DATE", "197"), ("80s", "DATE", "198")]),
    ("In the 1980s and 1990s it grew.", THU, [("the 1980s", "DATE", "198"), ("1990s", "DATE", "199")]),
    # the decade written without its century or an apostrophe
    ("In the 80s, the town boomed.", THU, [("the 80s", "DATE", "198")]),
    ("Music from the late 60s sold well.", THU, [("the late 60s", "DATE", "196", "END")]),
    ("The nineties were a boom time.", THU, [("The nineties", "DATE", "199")]),
    # ages and temperatures are no decades
    ("He is in his 60s.", THU, []),
    ("Temperatures will be in the 80s.", THU, []),
    ("Highs will reach the 90s on Friday.", THU, [("Friday", "DATE", "2013-03-15")]),
    # a year in the possessive is that year, not its decade
    ("It was his first win since 2010's US Open.", THU, [("2010", "DATE", "2010")]),
    ("Music of the 1960's returned.", THU, [("the 1960's", "DATE", "196")]),
]

VAGUE_AND_RELATIVE: Rows = [
    ("Shares rallied over the weekend.", THU, [("the weekend", "DATE", "2013-W10-WE")]),
    ("The protests spread at the weekend.", THU, [("the weekend", "DATE", "2013-W10-WE")]),
    ("He left a fortnight ago.", THU, [("a fortnight ago", "DATE", "2013-W09")]),
    ("He died a year ago today.", THU, [("a year ago today", "DATE", "2012-03-14")]),
    ("The vote is two weeks from today.", THU, [("two weeks from today", "DATE", "2013-W13")]),
    ("The plant will open a year from now.", THU, [("a year from now", "DATE", "2014")]),
    ("The strike will last 24 hours.", THU, [("24 hours", "DURATION", "PT24H")]),
    ("In the past 24 hours, five people died.", THU, [("the past 24 hours", "DURATION", "PT24H")]),
    ("Unions called a 24-hour strike.", THU, [("24-hour", "DURATION", "PT24H")]),
    ("Violence has flared in recent weeks.", THU, [("recent weeks", "DURATION", "PXW")]),
    ("Prices fell over the past fortnight.", THU, [("the past fortnight", "DURATION", "P2W")]),
    ("Prices will rise over the next decade.", THU, [("the next decade", "DURATION", "P10Y")]),
    ("Prices will fall in the next decade.", THU, [("the next decade", "DATE", "202")]),
    ("Prices have doubled since 2009.", THU, [("2009", "DATE", "2009")]),
    ("Prices rose between 2008 and 2010.", THU, [("2008", "DATE", "2008"), ("2010", "DATE", "2010")]),
    ("Prices rose 10% over the past 12 months.", THU, [("the past 12 months", "DURATION", "P12M")]),
    ("The vote is expected in mid-March.", THU, [("mid-March", "DATE", "2013-03", "MID")]),
    ("He spoke earlier this week.", THU, [("earlier this week", "DATE", "2013-W11", "START")]),
    ("The vote is due early next week.", THU, [("early next week", "DATE", "2013-W12", "START")]),
    ("Talks will resume in the coming days.", THU, [("the coming days", "DATE", "FUTURE_REF")]),
    ("He has been in office for nearly three years.", THU, [("nearly three years", "DURATION", "P3Y", "APPROX")]),
    ("He faces up to 10 years in prison.", THU, [("up to 10 years", "DURATION", "P10Y", "EQUAL_OR_LESS")]),
    ("Inflation hit a five-year high.", THU, [("five-year", "DURATION", "P5Y")]),
    ("The years-long dispute ended.", THU, [("years-long", "DURATION", "PXY")]),
    ("Police ended an hours-long standoff.", THU, [("hours-long", "DURATION", "PTXH")]),
    ("The decade-long war ended.", THU, [("decade-long", "DURATION", "P10Y")]),
    ("Sales were up 5% so far this year.", THU, [("this year", "DATE", "2013")]),
    ("The elections are held every four years.", THU, [("every four years", "SET", "P4Y")]),
    ("The report is released every Friday.", THU, [("every Friday", "SET", "XXXX-WXX-5")]),
    ("Talks are held every few weeks.", THU, [("every few weeks", "SET", "PXW")]),
    ("Talks are held every couple of weeks.", THU, [("every couple of weeks", "SET", "P2W")]),
    ("The family meets every Christmas.", THU, [("every Christmas", "SET", "XXXX-12-25")]),
    ("They eat turkey each Thanksgiving.", THU, [("each Thanksgiving", "SET", "XXXX-11")]),
    ("Shoppers flocked to the shops on Boxing Day.", THU, [("Boxing Day", "DATE", "2012-12-26")]),
    ("Parades were held on St. Patrick's Day.", THU, [("St. Patrick's Day", "DATE", "2012-03-17")]),
    ("Wreaths were laid on Remembrance Sunday.", THU, [("Remembrance Sunday", "DATE", "2012-11-11")]),
    ("Towns marked July Fourth with parades.", THU, [("July Fourth", "DATE", "2012-07-04")]),
    ("Crowds celebrated Bastille Day.", THU, [("Bastille Day", "DATE", "2012-07-14")]),
    ("He was the first president of the 21st century.", THU, [("the 21st century", "DATE", "20")]),
]

SCHEDULED_AHEAD: Rows = [
    # a scheduled event in the present simple, or a likely one, lies ahead
    ("The company reports earnings on Tuesday.", THU, [("Tuesday", "DATE", "2013-03-19")]),
    ("Voters head to the polls on Sunday.", THU, [("Sunday", "DATE", "2013-03-17")]),
    ("The draw takes place on Monday.", THU, [("Monday", "DATE", "2013-03-18")]),
    ("The changes, which come into force on Monday, cut benefits.", THU, [("Monday", "DATE", "2013-03-18")]),
    ("The app launches on Friday.", THU, [("Friday", "DATE", "2013-03-15")]),
    ("The chancellor delivers the budget on Wednesday.", THU, [("Wednesday", "DATE", "2013-03-20")]),
    ("The heatwave is forecast to end on Saturday.", THU, [("Saturday", "DATE", "2013-03-16")]),
    ("The talks are likely to resume on Monday.", THU, [("Monday", "DATE", "2013-03-18")]),
    # "than expected", "as expected" compare with a forecast: no future
    ("Retail sales rose less than expected in August.", THU, [("August", "DATE", "2012-08")]),
    ("Sales fell as expected on Tuesday.", THU, [("Tuesday", "DATE", "2013-03-12")]),
    # in the past tense they lie behind
    ("The company reported earnings on Tuesday.", THU, [("Tuesday", "DATE", "2013-03-12")]),
    ("The draw took place on Monday.", THU, [("Monday", "DATE", "2013-03-11")]),
    ("The plan, which was unveiled on Monday, was dropped.", THU, [("Monday", "DATE", "2013-03-11")]),
]

NOT_DATES: Rows = [
    # products and versions
    ("Apple launched the iPhone 5 in September.", THU, [("September", "DATE", "2012-09")]),
    ("Microsoft released Windows 8 in October.", THU, [("October", "DATE", "2012-10")]),
    ("Users of iOS 6 complained.", THU, []),
    ("Samsung unveiled the Galaxy S4 on Thursday.", THU, [("Thursday", "DATE", "2013-03-14")]),
    ("The Xbox 360 sold well.", THU, []),
    ("Sony will ship the PlayStation 4 in 2013.", THU, [("2013", "DATE", "2013")]),
    ("The Boeing 787 was grounded in January.", THU, [("January", "DATE", "2013-01")]),
    ("He flew an Airbus A380 to Dubai.", THU, []),
    # names of series, groups, events and diseases
    ("He raced in Formula 1 for a decade.", THU, [("a decade", "DURATION", "P10Y")]),
    ("He drove on the M25 for an hour.", THU, [("an hour", "DURATION", "PT1H")]),
    ("He earns £30,000 a year.", THU, [("a year", "SET", "P1Y")]),
    ("Leaders of the G20 met in Moscow.", THU, []),
    ("Deaths from COVID-19 rose.", FRI, []),
    ("The Euro 2012 tournament ended.", THU, []),
    ("Tickets for London 2012 sold out.", THU, []),
    ("The Rio 2016 Olympics will open in August 2016.", THU, [("August 2016", "DATE", "2016-08")]),
    ("The Vision 2030 plan sets out reforms.", FRI, []),
    # people and papers named like months or days
    ("Theresa May said on Monday that talks would continue.", FRI, [("Monday", "DATE", "2016-06-20")]),
    ("Mrs May met the president.", FRI, []),
    ("The Sunday Times reported the claim.", THU, []),
    ("He spoke to Good Morning America.", THU, []),
    ("The Mail on Sunday reported the claim.", THU, []),
    ("He watched Saturday Night Live.", THU, []),
    ("He watched the game on Saturday night.", THU, [("Saturday night", "TIME", "2013-03-09TNI")]),
    ("The Good Friday Agreement was signed in 1998.", THU, [("1998", "DATE", "1998")]),
    ("On Christmas Day President Obama spoke.", THU, [("Christmas Day", "DATE", "2012-12-25")]),
    # awards of the year
    ("He was named Time's Person of the Year.", THU, []),
    ("He was voted player of the year.", THU, []),
    ("It was the hottest day of the year.", THU, [("the year", "DATE", "2013")]),
    # scores, ages, counts, numbers
    ("Chelsea won 2-1 on Saturday.", THU, [("Saturday", "DATE", "2013-03-09")]),
    ("The 45-year-old was charged on Monday.", THU, [("Monday", "DATE", "2013-03-11")]),
    ("A two-year-old boy was rescued.", THU, []),
    ("John Smith, 45, from London, was charged.", THU, []),
    ("Call 020 7946 0018 for details.", THU, []),
    ("Flight MH370 vanished on 8 March.", THU, [("8 March", "DATE", "2013-03-08")]),
    ("The help line is open 24/7.", THU, []),
    ("He bought milk at the 7/11.", THU, []),
    ("He served with the 1st Battalion.", THU, []),
    ("He fought in World War II.", THU, []),
    ("The 2008 financial crisis hit hard.", THU, [("2008", "DATE", "2008")]),
    ("Some 2,013 people were evacuated.", THU, []),
    ("The tower is 2013 feet tall.", THU, []),
]


@pytest.mark.parametrize(("text", "dct", "expected"), BRITISH_DATES)
def test_british_dates(text: str, dct: date, expected: Expected) -> None:
    assert found(text, dct) == expected


@pytest.mark.parametrize(("text", "dct", "expected"), PARTS_OF_DAYS)
def test_parts_of_days(text: str, dct: date, expected: Expected) -> None:
    assert found(text, dct) == expected


@pytest.mark.parametrize(("text", "dct", "expected"), CLOCKS_AND_ZONES)
def test_clocks_and_zones(text: str, dct: date, expected: Expected) -> None:
    assert found(text, dct) == expected


@pytest.mark.parametrize(("text", "dct", "expected"), BUSINESS_PERIODS)
def test_business_periods(text: str, dct: date, expected: Expected) -> None:
    assert found(text, dct) == expected


@pytest.mark.parametrize(("text", "dct", "expected"), YEARS_BEFORE)
def test_years_before(text: str, dct: date, expected: Expected) -> None:
    assert found(text, dct) == expected


@pytest.mark.parametrize(("text", "dct", "expected"), SEASONS_AND_RANGES_OF_YEARS)
def test_seasons_and_ranges_of_years(text: str, dct: date, expected: Expected) -> None:
    assert found(text, dct) == expected


@pytest.mark.parametrize(("text", "dct", "expected"), DECADES)
def test_decades(text: str, dct: date, expected: Expected) -> None:
    assert found(text, dct) == expected


@pytest.mark.parametrize(("text", "dct", "expected"), VAGUE_AND_RELATIVE)
def test_vague_and_relative(text: str, dct: date, expected: Expected) -> None:
    assert found(text, dct) == expected


@pytest.mark.parametrize(("text", "dct", "expected"), SCHEDULED_AHEAD)
def test_scheduled_ahead(text: str, dct: date, expected: Expected) -> None:
    assert found(text, dct) == expected


@pytest.mark.parametrize(("text", "dct", "expected"), NOT_DATES)
def test_not_dates(text: str, dct: date, expected: Expected) -> None:
    assert found(text, dct) == expected


ALL_ROWS = (
    BRITISH_DATES
    + PARTS_OF_DAYS
    + CLOCKS_AND_ZONES
    + BUSINESS_PERIODS
    + YEARS_BEFORE
    + SEASONS_AND_RANGES_OF_YEARS
    + DECADES
    + VAGUE_AND_RELATIVE
    + SCHEDULED_AHEAD
    + NOT_DATES
)


@pytest.mark.parametrize("text", sorted({row[0] for row in ALL_ROWS}))
def test_no_dct_or_one_at_an_end_of_the_calendar(text: str) -> None:
    """Every sentence above is tagged without error when the DCT is missing or at an end of the calendar."""
    for dct in (None, date(1, 1, 1), date(1, 1, 7), date(9999, 12, 25), date(9999, 12, 31)):
        for tag in tag_times(text, dct):
            assert text[tag.start : tag.end] == tag.text
