"""Currency marks as newsrooms write them, and how an ambiguous one is resolved.

CLDR (babel) knows local symbols but not `₨`, `Tk` or which country's rupee "Rs"
means in a given story, so we keep our own table: each mark maps to the currency
it means by default and, where it is ambiguous, to the currency it means in each
country's press.
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class CurrencyMark:
    default: str                               # ISO 4217 code when nothing else is known
    by_country: tuple[tuple[str, str], ...] = ()   # (ISO 3166 alpha-2, ISO 4217) pairs
    factor: float = 1.0                        # sub-units: cents, paise, pence
    home_only: bool = False                    # only the story's own country reads it otherwise (a bare "$")

    @property
    def candidates(self) -> tuple[str, ...]:
        seen = [self.default]
        for _, code in self.by_country:
            if code not in seen:
                seen.append(code)
        return tuple(seen)

    @property
    def ambiguous(self) -> bool:
        return len(self.candidates) > 1


_RUPEE = CurrencyMark("INR", (("PK", "PKR"), ("IN", "INR"), ("LK", "LKR"), ("NP", "NPR"),
                             ("MU", "MUR"), ("SC", "SCR")))
_DOLLAR = CurrencyMark("USD")
# A bare "$" or "dollars" is the home currency in the press of a dollar country ("a $1.2 billion package" in
# Brisbane is Australian dollars), with the US dollar left open; a story that only names Canada is not Canadian press.
# (the Caribbean, Pacific and African dollar countries too: "$2.32 trillion" in a Jamaican paper is Jamaica's GDP in
# Jamaican dollars; where fx_rates.csv has no rate for one (it has only the US-dollar pegs BBD, BSD, BZD, XCD), the
# checks that need a rate stay silent, as they should)
_BARE_DOLLAR = CurrencyMark("USD", (("AU", "AUD"), ("CA", "CAD"), ("NZ", "NZD"), ("SG", "SGD"), ("HK", "HKD"),
                                    ("JM", "JMD"), ("TT", "TTD"), ("BS", "BSD"), ("BB", "BBD"), ("BZ", "BZD"),
                                    ("GY", "GYD"), ("FJ", "FJD"), ("NA", "NAD"), ("LR", "LRD"), ("SR", "SRD"),
                                    ("TW", "TWD"), ("BN", "BND"), ("SB", "SBD"), ("KY", "KYD")),
                            home_only=True)
HOME_DOLLARS = frozenset(country for country, _ in _BARE_DOLLAR.by_country)
_BARE_CENT = CurrencyMark("USD", _BARE_DOLLAR.by_country, factor=0.01, home_only=True)
_POUND = CurrencyMark("GBP", (("GB", "GBP"), ("EG", "EGP"), ("LB", "LBP"), ("SY", "SYP"), ("SD", "SDG")))
_RIAL = CurrencyMark("IRR", (("IR", "IRR"), ("OM", "OMR"), ("YE", "YER")))
_RIYAL = CurrencyMark("SAR", (("SA", "SAR"), ("QA", "QAR")))
_DIRHAM = CurrencyMark("AED", (("AE", "AED"), ("MA", "MAD")))
_SHILLING = CurrencyMark("KES", (("KE", "KES"), ("UG", "UGX"), ("TZ", "TZS"), ("SO", "SOS")))
# (Uruguay, the Dominican Republic and Cuba write pesos too: their own story's "pesos" is never the Philippine peso;
# with no rate for theirs, the checks that need one stay silent)
_PESO = CurrencyMark("MXN", (("MX", "MXN"), ("PH", "PHP"), ("AR", "ARS"), ("CL", "CLP"), ("CO", "COP"),
                             ("UY", "UYU"), ("DO", "DOP"), ("CU", "CUP")))
_DINAR = CurrencyMark("KWD", (("KW", "KWD"), ("IQ", "IQD"), ("JO", "JOD"), ("BH", "BHD"),
                              ("DZ", "DZD"), ("LY", "LYD"), ("TN", "TND"), ("RS", "RSD")))
_BOLIVAR = CurrencyMark("BOB", (("BO", "BOB"), ("VE", "VES")))
_YEN_YUAN = CurrencyMark("JPY", (("JP", "JPY"), ("CN", "CNY")))

# Marks written before the number: "$3.5bn", "Rs10bn", "Tk 500 crore", "US$120m".
PREFIX_MARKS: dict[str, CurrencyMark] = {
    "$": _BARE_DOLLAR, "US$": _DOLLAR, "USD": _DOLLAR, "U.S.$": _DOLLAR,
    "A$": CurrencyMark("AUD"), "AU$": CurrencyMark("AUD"), "AUD": CurrencyMark("AUD"),
    "C$": CurrencyMark("CAD"), "CA$": CurrencyMark("CAD"), "CAD": CurrencyMark("CAD"),
    "HK$": CurrencyMark("HKD"), "HKD": CurrencyMark("HKD"),
    "S$": CurrencyMark("SGD"), "SG$": CurrencyMark("SGD"), "SGD": CurrencyMark("SGD"),
    "NZ$": CurrencyMark("NZD"), "NZD": CurrencyMark("NZD"),
    # the Barbados dollar as Bridgetown papers write it: "BDS$48 million", "Bds$12.6m", "BBD 3 million"
    "BDS$": CurrencyMark("BBD"), "Bds$": CurrencyMark("BBD"), "BDS $": CurrencyMark("BBD"), "BBD": CurrencyMark("BBD"),
    # the other dollars pegged to the US dollar in the Caribbean: "EC$" (the Eastern Caribbean dollar), "BZ$"
    # (Belize) and, in a Nassau paper, "B$" (the Bahamian dollar; Brunei writes "B$" too)
    "EC$": CurrencyMark("XCD"), "XCD": CurrencyMark("XCD"), "BZ$": CurrencyMark("BZD"), "BZD": CurrencyMark("BZD"),
    "B$": CurrencyMark("BSD"), "BSD": CurrencyMark("BSD"),
    "R$": CurrencyMark("BRL"), "BRL": CurrencyMark("BRL"),
    "£": _POUND, "GBP": CurrencyMark("GBP"), "E£": CurrencyMark("EGP"), "EGP": CurrencyMark("EGP"),
    "€": CurrencyMark("EUR"), "EUR": CurrencyMark("EUR"),
    "¥": _YEN_YUAN, "JPY": CurrencyMark("JPY"),
    "₹": CurrencyMark("INR"), "INR": CurrencyMark("INR"),
    "₨": _RUPEE, "Rs": _RUPEE, "Rs.": _RUPEE, "RS": _RUPEE, "Re": _RUPEE, "Re.": _RUPEE,
    "PKR": CurrencyMark("PKR"), "LKR": CurrencyMark("LKR"), "NPR": CurrencyMark("NPR"),
    "SLRs": CurrencyMark("LKR"), "NRs": CurrencyMark("NPR"),
    "Tk": CurrencyMark("BDT"), "Tk.": CurrencyMark("BDT"), "৳": CurrencyMark("BDT"), "BDT": CurrencyMark("BDT"),
    "Dh": _DIRHAM, "Dhs": _DIRHAM, "AED": CurrencyMark("AED"),
    "SR": CurrencyMark("SAR"), "SAR": CurrencyMark("SAR"), "QR": CurrencyMark("QAR"), "QAR": CurrencyMark("QAR"),
    "IRR": CurrencyMark("IRR"),
    "RMB": CurrencyMark("CNY"), "CNY": CurrencyMark("CNY"), "CN¥": CurrencyMark("CNY"),
    "₺": CurrencyMark("TRY"), "TL": CurrencyMark("TRY"), "TRY": CurrencyMark("TRY"),
    "₦": CurrencyMark("NGN"), "N": CurrencyMark("NGN"), "NGN": CurrencyMark("NGN"),
    "KSh": CurrencyMark("KES"), "Ksh": CurrencyMark("KES"), "Ksh.": CurrencyMark("KES"), "KES": CurrencyMark("KES"),
    "Kshs": CurrencyMark("KES"), "KShs": CurrencyMark("KES"), "Kshs.": CurrencyMark("KES"), "KShs.": CurrencyMark("KES"),
    "Shs.": _SHILLING, "Ushs": CurrencyMark("UGX"), "UShs": CurrencyMark("UGX"), "Ushs.": CurrencyMark("UGX"),
    "Sh": _SHILLING, "Shs": _SHILLING, "Sh.": _SHILLING, "USh": CurrencyMark("UGX"), "UGX": CurrencyMark("UGX"),
    "TSh": CurrencyMark("TZS"), "TZS": CurrencyMark("TZS"),
    "R": CurrencyMark("ZAR"), "ZAR": CurrencyMark("ZAR"),
    "CHF": CurrencyMark("CHF"), "SFr": CurrencyMark("CHF"), "SFr.": CurrencyMark("CHF"), "Sfr": CurrencyMark("CHF"),
    "Sfr.": CurrencyMark("CHF"), "Fr.": CurrencyMark("CHF"),
    "₽": CurrencyMark("RUB"), "RUB": CurrencyMark("RUB"),
    "MXN": CurrencyMark("MXN"), "₩": CurrencyMark("KRW"), "KRW": CurrencyMark("KRW"),
    "Rp": CurrencyMark("IDR"), "IDR": CurrencyMark("IDR"), "RM": CurrencyMark("MYR"), "MYR": CurrencyMark("MYR"),
    "฿": CurrencyMark("THB"), "THB": CurrencyMark("THB"), "₱": CurrencyMark("PHP"), "PHP": CurrencyMark("PHP"),
    "P": CurrencyMark("PHP"),     # Manila papers write the peso "P1.2 billion"
    "₫": CurrencyMark("VND"), "₴": CurrencyMark("UAH"), "₪": CurrencyMark("ILS"), "ILS": CurrencyMark("ILS"),
    "KWD": CurrencyMark("KWD"), "OMR": CurrencyMark("OMR"), "BHD": CurrencyMark("BHD"),
    "KD": CurrencyMark("KWD"), "BD": CurrencyMark("BHD"), "JD": CurrencyMark("JOD"), "JOD": CurrencyMark("JOD"), "RO": CurrencyMark("OMR"),
    "MAD": CurrencyMark("MAD"), "Dhs.": _DIRHAM, "AED.": CurrencyMark("AED"), "ETB": CurrencyMark("ETB"),
    "Br": CurrencyMark("ETB"), "GH₵": CurrencyMark("GHS"), "GHS": CurrencyMark("GHS"), "GH¢": CurrencyMark("GHS"),
    "AFN": CurrencyMark("AFN"), "Af": CurrencyMark("AFN"), "LE": CurrencyMark("EGP"), "LBP": CurrencyMark("LBP"),
    "₿": CurrencyMark("BTC"), "BTC": CurrencyMark("BTC"),
    # Wire copy that spaces its symbols: "C $ 300 million", "HK $ 10 billion".
    "C $": CurrencyMark("CAD"), "HK $": CurrencyMark("HKD"), "US $": _DOLLAR,
    "NZ $": CurrencyMark("NZD"), "Mex$": CurrencyMark("MXN"), "Mex $": CurrencyMark("MXN"),
    "元": CurrencyMark("CNY"), "₡": CurrencyMark("CRC"), "₾": CurrencyMark("GEL"), "₭": CurrencyMark("LAK"),
    "ரூ": CurrencyMark("LKR"),
    # Central Asia, the Caucasus and central Europe: "Tg 120bn", "GEL 450m", "zł 3.2bn"
    "Tg": CurrencyMark("KZT"), "KZT": CurrencyMark("KZT"), "₸": CurrencyMark("KZT"), "GEL": CurrencyMark("GEL"),
    "AMD": CurrencyMark("AMD"), "AZN": CurrencyMark("AZN"), "₼": CurrencyMark("AZN"), "UZS": CurrencyMark("UZS"),
    "KGS": CurrencyMark("KGS"), "PLN": CurrencyMark("PLN"), "zł": CurrencyMark("PLN"), "HUF": CurrencyMark("HUF"),
    "CZK": CurrencyMark("CZK"), "RON": CurrencyMark("RON"), "UAH": CurrencyMark("UAH"),
    # the boliviano ("Bs 4.2m"), and in a Venezuelan paper the bolívar ("Bs. 120m")
    "Bs": _BOLIVAR, "Bs.": _BOLIVAR, "BOB": CurrencyMark("BOB"), "VES": CurrencyMark("VES"),
    # the Caribbean dollars, each with its own letters before the sign: "J$3.2 billion", "TT$450m", "BDS$12.6 million"
    "J$": CurrencyMark("JMD"), "JA$": CurrencyMark("JMD"), "JMD": CurrencyMark("JMD"),
    "TT$": CurrencyMark("TTD"), "TTD": CurrencyMark("TTD"),
    # (BDS$, EC$ and BZ$ are with the pegged dollars above)
    "G$": CurrencyMark("GYD"), "GY$": CurrencyMark("GYD"), "GYD": CurrencyMark("GYD"),
    # the Nordic crowns, written by their codes in business copy: "SEK 9.1bn", "NOK 450m", "DKK 2.3bn"
    "SEK": CurrencyMark("SEK"), "NOK": CurrencyMark("NOK"), "DKK": CurrencyMark("DKK"), "ISK": CurrencyMark("ISK"),
}
# Single letters are marks only in their own country's press ("R500" in Johannesburg,
# "N5,000" in Lagos); elsewhere they are too common to read as money.
LOCAL_ONLY_MARKS = {"B$": "BS", "R": "ZA", "N": "NG", "P": "PH", "Re": "IN", "Re.": "IN", "Fr.": "CH", "Af": "AF", "RO": "OM", "Br": "ET"}

# Marks written after the number: "10 million dollars", "5bn rupees", "20€".
SUFFIX_MARKS: dict[str, CurrencyMark] = {
    "dollar": _BARE_DOLLAR, "dollars": _BARE_DOLLAR, "us dollars": _DOLLAR, "u.s. dollars": _DOLLAR,
    "american dollars": _DOLLAR, "usd": _DOLLAR, "$": _BARE_DOLLAR, "bucks": _BARE_DOLLAR,
    "australian dollars": CurrencyMark("AUD"), "canadian dollars": CurrencyMark("CAD"),
    "hong kong dollars": CurrencyMark("HKD"), "singapore dollars": CurrencyMark("SGD"),
    "new zealand dollars": CurrencyMark("NZD"), "barbados dollars": CurrencyMark("BBD"),
    "barbadian dollars": CurrencyMark("BBD"),
    "rupee": _RUPEE, "rupees": _RUPEE, "indian rupees": CurrencyMark("INR"),
    "pakistani rupees": CurrencyMark("PKR"), "sri lankan rupees": CurrencyMark("LKR"),
    "nepalese rupees": CurrencyMark("NPR"), "nepali rupees": CurrencyMark("NPR"),
    "paise": CurrencyMark("INR", factor=0.01), "paisa": CurrencyMark("INR", factor=0.01),
    "taka": CurrencyMark("BDT"), "euro": CurrencyMark("EUR"), "euros": CurrencyMark("EUR"),
    "€": CurrencyMark("EUR"), "eur": CurrencyMark("EUR"),
    "pound": _POUND, "pounds": _POUND, "pounds sterling": CurrencyMark("GBP"),
    "pound sterling": CurrencyMark("GBP"), "sterling": CurrencyMark("GBP"), "gbp": CurrencyMark("GBP"),
    "£": _POUND, "pence": CurrencyMark("GBP", factor=0.01), "p": CurrencyMark("GBP", factor=0.01),
    "egyptian pounds": CurrencyMark("EGP"),
    "cent": _BARE_CENT, "cents": _BARE_CENT,
    "penny": CurrencyMark("GBP", factor=0.01), "pennies": CurrencyMark("USD", factor=0.01),
    "yen": CurrencyMark("JPY"), "¥": _YEN_YUAN, "yuan": CurrencyMark("CNY"), "renminbi": CurrencyMark("CNY"),
    "rmb": CurrencyMark("CNY"), "cny": CurrencyMark("CNY"),
    "rial": _RIAL, "rials": _RIAL, "iranian rials": CurrencyMark("IRR"),
    "toman": CurrencyMark("IRT"), "tomans": CurrencyMark("IRT"),
    "riyal": _RIYAL, "riyals": _RIYAL, "saudi riyals": CurrencyMark("SAR"), "qatari riyals": CurrencyMark("QAR"),
    "dirham": _DIRHAM, "dirhams": _DIRHAM, "lira": CurrencyMark("TRY"), "liras": CurrencyMark("TRY"),
    "turkish lira": CurrencyMark("TRY"), "naira": CurrencyMark("NGN"), "rand": CurrencyMark("ZAR"),
    "shilling": _SHILLING, "shillings": _SHILLING, "kenyan shillings": CurrencyMark("KES"),
    "peso": _PESO, "pesos": _PESO, "won": CurrencyMark("KRW"), "ringgit": CurrencyMark("MYR"),
    "baht": CurrencyMark("THB"), "rupiah": CurrencyMark("IDR"), "real": CurrencyMark("BRL"),
    "reais": CurrencyMark("BRL"), "rouble": CurrencyMark("RUB"), "roubles": CurrencyMark("RUB"),
    "ruble": CurrencyMark("RUB"), "rubles": CurrencyMark("RUB"), "swiss francs": CurrencyMark("CHF"),
    "franc": CurrencyMark("CHF"), "francs": CurrencyMark("CHF"), "dinar": _DINAR, "dinars": _DINAR,
    "afghanis": CurrencyMark("AFN"), "afghani": CurrencyMark("AFN"), "shekels": CurrencyMark("ILS"),
    "shekel": CurrencyMark("ILS"), "hryvnia": CurrencyMark("UAH"), "dong": CurrencyMark("VND"),
    "tenge": CurrencyMark("KZT"), "lari": CurrencyMark("GEL"), "dram": CurrencyMark("AMD"), "drams": CurrencyMark("AMD"),
    "zloty": CurrencyMark("PLN"), "zlotys": CurrencyMark("PLN"), "zł": CurrencyMark("PLN"), "forint": CurrencyMark("HUF"),
    "forints": CurrencyMark("HUF"), "koruna": CurrencyMark("CZK"), "korunas": CurrencyMark("CZK"),
    "kč": CurrencyMark("CZK"),
    "kronor": CurrencyMark("SEK"), "swedish kronor": CurrencyMark("SEK"), "swedish crowns": CurrencyMark("SEK"),
    "norwegian kroner": CurrencyMark("NOK"), "norwegian crowns": CurrencyMark("NOK"),
    "danish kroner": CurrencyMark("DKK"), "danish crowns": CurrencyMark("DKK"), "kronur": CurrencyMark("ISK"),
    "rs": _RUPEE, "rs.": _RUPEE, "¢": _BARE_CENT, "bitcoin": CurrencyMark("BTC"),
    "bitcoins": CurrencyMark("BTC"), "btc": CurrencyMark("BTC"), "₿": CurrencyMark("BTC"),
    "kuwaiti dinar": CurrencyMark("KWD"), "kuwaiti dinars": CurrencyMark("KWD"), "egyptian pound": CurrencyMark("EGP"),
    "lebanese pounds": CurrencyMark("LBP"), "lebanese pound": CurrencyMark("LBP"), "saudi riyal": CurrencyMark("SAR"),
    "qatari riyal": CurrencyMark("QAR"), "emirati dirhams": CurrencyMark("AED"), "uae dirhams": CurrencyMark("AED"),
    "us cents": CurrencyMark("USD", factor=0.01), "us cent": CurrencyMark("USD", factor=0.01),
    "us dollar": _DOLLAR, "u.s. dollar": _DOLLAR, "chinese yuan": CurrencyMark("CNY"),
    "元": CurrencyMark("CNY"), "₡": CurrencyMark("CRC"), "₾": CurrencyMark("GEL"), "₭": CurrencyMark("LAK"),
    "ரூ": CurrencyMark("LKR"), "₹": CurrencyMark("INR"),
    # Pre-euro currencies still met in archives and wire copy.
    "markka": CurrencyMark("FIM"), "finnish markka": CurrencyMark("FIM"), "peseta": CurrencyMark("ESP"),
    "pesetas": CurrencyMark("ESP"), "guilder": CurrencyMark("NLG"), "guilders": CurrencyMark("NLG"),
    "dutch guilders": CurrencyMark("NLG"), "deutsche marks": CurrencyMark("DEM"), "deutsche mark": CurrencyMark("DEM"),
    "french francs": CurrencyMark("FRF"), "lire": CurrencyMark("ITL"), "italian lire": CurrencyMark("ITL"),
    "escudos": CurrencyMark("PTE"), "drachmas": CurrencyMark("GRD"), "schillings": CurrencyMark("ATS"),
}
# Major units that can be followed by their minor part: "3 dollars 50 cents".
MAJOR_WITH_MINOR = {"dollar", "dollars", "euro", "euros", "pound", "pounds", "us dollar", "us dollars"}
# ISO codes written after a number ("20 EUR", "5bn PKR") — any code we know of.
for _code in {m.default for m in PREFIX_MARKS.values()} | {"IRR", "PKR", "LKR", "NPR"}:
    SUFFIX_MARKS.setdefault(_code.lower(), CurrencyMark(_code))


def resolve(mark: CurrencyMark, story_country: str | None,
            mentioned: tuple[str, ...] = ()) -> tuple[str, tuple[str, ...]]:
    """The currency a mark means here, and the other readings that remain.

    The story's own country decides first (other countries it names that share the
    mark stay as alternatives); then the countries the story mentions,
    in order of mention; otherwise the mark's default, with the alternatives kept
    on the quantity so a check can say it was unsure rather than guess silently.
    """
    if not mark.ambiguous:
        return mark.default, ()
    local = dict(mark.by_country)
    if mark.home_only:
        if story_country in local:
            return local[story_country], (mark.default,)
        return mark.default, ()
    if story_country and story_country in local:
        # a Kenyan paper's story on Uganda may mean Ugandan shillings: the countries it names stay open
        code = local[story_country]
        return code, tuple(dict.fromkeys(local[c] for c in mentioned if c in local and local[c] != code))
    for country in mentioned:
        if country in local:
            code = local[country]
            return code, tuple(c for c in mark.candidates if c != code)
    return mark.default, tuple(c for c in mark.candidates if c != mark.default)
