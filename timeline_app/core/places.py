"""Well-known place names: countries, their larger divisions and big cities.

Extraction uses them to tell a place used as a modifier ("a New Mexico film set", "the Santa Fe
district attorney") from a participant. Names that are also common given names or surnames
(Jordan, Chad, Washington, Jackson, Lincoln, Austin, Charlotte, Sydney, Orlando...) are left out on purpose:
mistaking a person for a place costs more than the reverse.
"""

from __future__ import annotations

from timeline_app.core.tokens import word_set
from timeline_app.core.triggers import IRREGULAR_PAST

COUNTRIES = """
Afghanistan; Albania; Algeria; Andorra; Angola; Argentina; Armenia; Australia; Austria; Azerbaijan;
Bahamas; Bahrain; Bangladesh; Barbados; Belarus; Belgium; Belize; Benin; Bhutan; Bolivia;
Bosnia; Bosnia and Herzegovina; Botswana; Brazil; Brunei; Bulgaria; Burkina Faso; Burundi;
Cambodia; Cameroon; Canada; Cape Verde; Central African Republic; Chile; China; Colombia; Comoros;
Congo; Costa Rica; Croatia; Cuba; Cyprus; Czech Republic; Czechia; Denmark; Djibouti; Dominica;
Dominican Republic; East Timor; Ecuador; Egypt; El Salvador; Equatorial Guinea; Eritrea; Estonia;
Eswatini; Ethiopia; Fiji; Finland; France; Gabon; Gambia; Germany; Ghana; Greece; Grenada;
Guatemala; Guinea; Guinea-Bissau; Guyana; Haiti; Honduras; Hungary; Iceland; India; Indonesia;
Iran; Iraq; Ireland; Italy; Ivory Coast; Jamaica; Japan; Kazakhstan; Kenya; Kiribati; Kosovo;
Kuwait; Kyrgyzstan; Laos; Latvia; Lebanon; Lesotho; Liberia; Libya; Liechtenstein; Lithuania;
Luxembourg; Madagascar; Malawi; Malaysia; Maldives; Mali; Malta; Mauritania; Mauritius; Mexico;
Micronesia; Moldova; Monaco; Mongolia; Montenegro; Morocco; Mozambique; Myanmar; Burma; Namibia;
Nauru; Nepal; Netherlands; New Zealand; Nicaragua; Niger; Nigeria; North Korea; North Macedonia;
Norway; Oman; Pakistan; Palau; Palestine; Panama; Papua New Guinea; Paraguay; Peru; Philippines;
Poland; Portugal; Qatar; Romania; Russia; Rwanda; Saint Lucia; Samoa; San Marino; Saudi Arabia;
Senegal; Serbia; Seychelles; Sierra Leone; Singapore; Slovakia; Slovenia; Somalia; South Africa;
South Korea; South Sudan; Spain; Sri Lanka; Sudan; Suriname; Sweden; Switzerland; Syria; Taiwan;
Tajikistan; Tanzania; Thailand; Togo; Tonga; Trinidad and Tobago; Tunisia; Turkey; Turkmenistan;
Tuvalu; Uganda; Ukraine; United Arab Emirates; United Kingdom; United States; Uruguay; Uzbekistan;
Vanuatu; Vatican; Venezuela; Vietnam; Yemen; Zambia; Zimbabwe;
U.S.; US; USA; U.S.A.; America; U.K.; UK; Britain; Great Britain; England; Scotland; Wales;
Northern Ireland; Korea; Holland; Gaza; West Bank; Crimea; Hong Kong; Macau; Puerto Rico;
Greenland; Tibet; Europe; Africa; Asia; Latin America; South America; North America;
Middle East; Scandinavia; Caribbean
"""

REGIONS = """
Alabama; Alaska; Arizona; Arkansas; California; Colorado; Connecticut; Delaware; Florida; Georgia;
Hawaii; Idaho; Illinois; Indiana; Iowa; Kansas; Kentucky; Louisiana; Maine; Maryland;
Massachusetts; Michigan; Minnesota; Mississippi; Missouri; Montana; Nebraska; Nevada;
New Hampshire; New Jersey; New Mexico; New York State; North Carolina; North Dakota; Ohio;
Oklahoma; Oregon; Pennsylvania; Rhode Island; South Carolina; South Dakota; Tennessee; Texas; Utah;
Vermont; Virginia; West Virginia; Wisconsin; Wyoming; District of Columbia;
Ontario; Quebec; British Columbia; Alberta; Manitoba; Saskatchewan; Nova Scotia; New Brunswick;
Newfoundland; New South Wales; Queensland; Tasmania; Bavaria; Catalonia; Siberia; Kashmir;
Punjab; Bengal; Kurdistan; Chechnya; Donbas; Darfur; Silicon Valley; Midwest; New England
"""

CITIES = """
New York; New York City; Los Angeles; Chicago; Houston; Philadelphia; San Antonio; San Diego;
Dallas; San Jose; San Francisco; Seattle; Denver; Boston; Detroit; Nashville; Baltimore;
Milwaukee; Albuquerque; Tucson; Fresno; Sacramento; Atlanta; Miami; Oakland; Minneapolis; Tulsa;
Cleveland; New Orleans; Honolulu; Pittsburgh; Cincinnati; St. Louis; Kansas City; Las Vegas;
Salt Lake City; Santa Fe; Santa Monica; Santa Barbara; Santa Clara; Palo Alto; Cupertino;
Mountain View; Silver Spring; Buffalo; Albany; Hartford; Providence; Richmond;
 Tampa; Anchorage; Boise; Portland; Indianapolis; Omaha;
Louisville; Memphis; Birmingham; Little Rock; Oklahoma City; Des Moines; Harrisburg; Trenton;
Annapolis; Tallahassee; Baton Rouge; Sioux Falls; Fargo; Cheyenne; Juneau;
Carson City; Salem; Springfield; Toledo; Akron; Newark; Jersey City; Brooklyn;
Manhattan; Queens; Bronx; Staten Island; Long Island; Hollywood; Beverly Hills; Palm Beach;
Fort Lauderdale; Fort Worth; El Paso; Corpus Christi; Tacoma; Spokane; Anaheim;
Long Beach; Pasadena; Berkeley; Menlo Park;
London; Paris; Berlin; Madrid; Rome; Milan; Vienna; Prague; Warsaw; Budapest; Brussels;
Amsterdam; The Hague; Geneva; Zurich; Stockholm; Oslo; Copenhagen; Helsinki; Dublin; Edinburgh;
Glasgow; Manchester; Liverpool; Lisbon; Athens; Istanbul; Ankara; Moscow; St. Petersburg; Kyiv;
Kiev; Minsk; Tbilisi; Baku; Tehran; Baghdad; Damascus; Beirut; Jerusalem; Tel Aviv; Amman; Cairo;
Riyadh; Jeddah; Dubai; Abu Dhabi; Doha; Kabul; Islamabad; Karachi; Lahore; New Delhi; Delhi;
Mumbai; Bombay; Kolkata; Calcutta; Chennai; Bangalore; Bengaluru; Hyderabad; Dhaka; Kathmandu;
Colombo; Beijing; Shanghai; Shenzhen; Guangzhou; Wuhan; Tianjin; Chongqing; Taipei; Seoul;
Pyongyang; Tokyo; Osaka; Kyoto; Hiroshima; Nagasaki; Fukushima; Manila; Jakarta; Bangkok; Hanoi;
Ho Chi Minh City; Saigon; Kuala Lumpur; Phnom Penh; Yangon; Rangoon; Melbourne;
Brisbane; Perth; Canberra; Auckland; Toronto; Montreal; Vancouver; Ottawa;
Calgary; Edmonton; Winnipeg; Mexico City; Guadalajara; Monterrey; Tijuana; Havana; Bogota;
Caracas; Quito; Buenos Aires; Montevideo; Sao Paulo; São Paulo; Rio de Janeiro;
Brasilia; Lagos; Abuja; Nairobi; Addis Ababa; Johannesburg; Cape Town; Pretoria; Kinshasa;
Khartoum; Mogadishu; Tripoli; Tunis; Algiers; Casablanca; Rabat; Accra; Dakar; Kampala; Harare
"""


def _names(block: str) -> frozenset[str]:
    return frozenset(" ".join(name.split()) for name in block.split(";") if name.strip())


KNOWN_PLACES = _names(COUNTRIES) | _names(REGIONS) | _names(CITIES)


def is_place_name(name: str) -> bool:
    """A well-known place, or any county ("Santa Fe County", "Orange County")."""
    return name in KNOWN_PLACES or (name.endswith(" County") and len(name) > len(" County"))


# Lowercase words that follow a name without being a noun it modifies: function words, adverbs,
# auxiliaries and irregular verbs (past forms are ``IRREGULAR_PAST``): "New Mexico and Arizona",
# "Russia also", "Japan won", "China has".
NOT_HEADS = word_set(
    """
    a an the and or but nor to of in on at for with by from as than that which who whom whose where
    when while if because after before since until into onto over under about against between during
    also now then still already never again just only even once soon later earlier today yesterday
    tomorrow recently reportedly officially first last next this these those there here
    is are be been being am will would can could may might must shall should do does has have having
    hit beat let put set cut shot found fled hid hung laid meant shook stole swore understood read heard
    """
)
# Plural nouns a place name commonly modifies ("U.S. officials", "New Mexico prosecutors"); any
# other word ending in -s may be a verb ("Russia says", "China plans") and is not taken as a noun.
PLURAL_HEADS = word_set(
    """
    officials authorities prosecutors lawmakers legislators residents officers troops forces voters
    leaders investigators regulators students workers fans citizens soldiers rebels farmers
    companies banks courts schools hospitals shares stocks markets prices sales exports imports
    police firefighters deputies detectives agents diplomats senators governors judges lawyers
    """
)


def modifies_noun(word: str) -> bool:
    """Whether ``word``, right after a place name, is a noun the place modifies ("film" in "a New
    Mexico film set", "district" in "the Santa Fe district attorney"): then the place is where
    something is, not who took part."""
    if not word.isalpha() or not word.islower() or word in NOT_HEADS or word in IRREGULAR_PAST:
        return False
    if word.endswith("ed"):
        return False  # "Japan unveiled"
    return not word.endswith("s") or word in PLURAL_HEADS
