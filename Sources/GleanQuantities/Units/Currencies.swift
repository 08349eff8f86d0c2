/// Currencies: ISO 4217 codes, names, and the symbols written before or after amounts.
enum Currencies {
    /// Canonical names by code.
    /// ``names`` with FNV lookups.
    static let fastNames = FastStringMap<String>(names)
    static let names: [String: String] = [
        "USD": "US dollar", "EUR": "euro", "GBP": "pound sterling", "JPY": "Japanese yen", "CNY": "Chinese yuan",
        "INR": "Indian rupee", "CAD": "Canadian dollar", "AUD": "Australian dollar", "NZD": "New Zealand dollar",
        "HKD": "Hong Kong dollar", "SGD": "Singapore dollar", "TWD": "New Taiwan dollar", "CHF": "Swiss franc",
        "RUB": "Russian ruble", "UAH": "Ukrainian hryvnia", "BRL": "Brazilian real", "MXN": "Mexican peso",
        "ZAR": "South African rand", "TRY": "Turkish lira", "ILS": "Israeli shekel", "KRW": "South Korean won",
        "MYR": "Malaysian ringgit", "IDR": "Indonesian rupiah", "THB": "Thai baht", "PHP": "Philippine peso",
        "PKR": "Pakistani rupee", "BDT": "Bangladeshi taka", "NGN": "Nigerian naira", "KES": "Kenyan shilling",
        "EGP": "Egyptian pound", "SAR": "Saudi riyal", "AED": "UAE dirham", "QAR": "Qatari riyal",
        "SEK": "Swedish krona", "NOK": "Norwegian krone", "DKK": "Danish krone", "PLN": "Polish zloty",
        "CZK": "Czech koruna", "HUF": "Hungarian forint", "VND": "Vietnamese dong", "ARS": "Argentine peso",
        "CLP": "Chilean peso", "COP": "Colombian peso", "BTC": "bitcoin", "GBX": "penny sterling", "USX": "US cent",
    ]

    /// Written before the amount, matched exactly (`$`, `US$`, `£`, `Rs`, `USD`).
    static let prefixes: [String: String] = {
        var table: [String: String] = [
            "$": "USD", "US$": "USD", "US $": "USD", "U.S.$": "USD", "U.S. $": "USD", "$US": "USD", "USD$": "USD",
            "C$": "CAD", "C $": "CAD", "CA$": "CAD", "Can$": "CAD", "CDN$": "CAD", "$C": "CAD",
            "A$": "AUD", "A $": "AUD", "AU$": "AUD", "AUD$": "AUD", "$A": "AUD",
            "NZ$": "NZD", "NZ $": "NZD", "HK$": "HKD", "HK $": "HKD", "S$": "SGD", "S $": "SGD",
            "NT$": "TWD", "R$": "BRL", "MX$": "MXN", "Mex$": "MXN",
            "£": "GBP", "€": "EUR", "¥": "JPY", "₹": "INR", "₽": "RUB", "₩": "KRW", "₪": "ILS", "₺": "TRY",
            "₴": "UAH", "₦": "NGN", "฿": "THB", "₱": "PHP", "₫": "VND", "CHF": "CHF", "Rs": "INR", "Rs.": "INR",
            "RM": "MYR", "NIS": "ILS", "KSh": "KES", "Ksh": "KES", "Rp": "IDR",
        ]
        for code in names.keys where code.count == 3 && code != "GBX" && code != "USX" { table[code] = code }
        return table
    }()

    /// Written after the amount, matched without regard to case ("dollars", "euros", "yen").
    static let suffixNames: [String: String] = [
        "dollar": "USD", "dollars": "USD", "dlr": "USD", "dlrs": "USD", "stg": "GBP", "cts": "USX", "ct": "USX", "us dollars": "USD", "u.s. dollars": "USD", "us dollar": "USD",
        "american dollars": "USD", "canadian dollars": "CAD", "canadian dollar": "CAD", "australian dollars": "AUD",
        "australian dollar": "AUD", "new zealand dollars": "NZD", "hong kong dollars": "HKD", "singapore dollars": "SGD",
        "taiwan dollars": "TWD", "new taiwan dollars": "TWD", "euro": "EUR", "euros": "EUR", "pounds sterling": "GBP",
        "pound sterling": "GBP", "sterling": "GBP", "yen": "JPY", "yuan": "CNY", "renminbi": "CNY", "rupee": "INR",
        "rupees": "INR", "indian rupees": "INR", "pakistani rupees": "PKR", "ruble": "RUB", "rubles": "RUB",
        "rouble": "RUB", "roubles": "RUB", "hryvnia": "UAH", "hryvnias": "UAH", "hryvnias.": "UAH",
        "shekel": "ILS", "shekels": "ILS", "franc": "CHF", "francs": "CHF", "swiss francs": "CHF",
        "peso": "MXN", "pesos": "MXN", "mexican pesos": "MXN", "philippine pesos": "PHP", "argentine pesos": "ARS",
        "rand": "ZAR", "lira": "TRY", "liras": "TRY", "naira": "NGN", "ringgit": "MYR", "baht": "THB",
        "dirham": "AED", "dirhams": "AED", "riyal": "SAR", "riyals": "SAR", "krona": "SEK", "kronor": "SEK",
        "krone": "NOK", "kroner": "NOK", "zloty": "PLN", "zlotys": "PLN", "rupiah": "IDR", "reais": "BRL", "real": "BRL",
        "won": "KRW", "dong": "VND", "shilling": "KES", "shillings": "KES", "bitcoin": "BTC", "bitcoins": "BTC",
        "cent": "USX", "cents": "USX", "pence": "GBX", "penny": "GBX", "pennies": "USX", "dime": "USX", "dimes": "USX",
        "forint": "HUF", "koruna": "CZK", "taka": "BDT",
    ]

    /// Written after the amount, matched exactly (`€`, `EUR`, `p` for pence).
    static let suffixSymbols: [String: String] = {
        var table: [String: String] = ["€": "EUR", "£": "GBP", "p": "GBX", "c": "USX", "¢": "USX", "₽": "RUB", "₴": "UAH", "zł": "PLN"]
        for code in names.keys where code.count == 3 && code != "GBX" && code != "USX" { table[code] = code }
        table["YEN"] = "JPY"
        return table
    }()

    /// Suffix symbols that count only when attached to the number or followed by punctuation.
    static let ambiguousSuffixes: Set<String> = ["p", "c", "won", "real", "rand", "dong"]

    /// The currency a sub-unit belongs to (pence → GBP, cents → USD).
    static func mainCode(_ code: String) -> String { code == "GBX" ? "GBP" : code == "USX" ? "USD" : code }
}
