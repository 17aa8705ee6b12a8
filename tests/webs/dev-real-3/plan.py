# -*- coding: utf-8 -*-
"""Who offers what, and how (the ground truth plan). Codes per row:

D  DigiD online form (100)            Dp  same, with an explicit pre-fill statement (strict 100)
E  eHerkenning online form (100)      Ep  same with pre-fill statement
B  DigiD or eHerkenning form (100)
A  online form without login (67)
P  printable PDF form (33)
I  information only (0)               M   appointment booking only (0)
T  via the joint tax office           S   via the regional social service
O  via the national Omgevingsloket    K   via a parking portal
W  via a waste company (anonymous)    F   via BIJ12 (own account, no DigiD: 67)
N  not_found (no page)                X   not_offered (explicit statement)
"""

GEM = ["UT", "MA", "SM", "GW", "WW", "OS", "LE", "MI"]
G = {
    #                            UT   MA   SM   GW   WW   OS   LE   MI
    "brp-uittreksel":           "Dp   D    D    A    D    D    Dp   D",
    "verhuismelding":           "Dp   D    Dp   A    D    D    Dp   D",
    "geboorteaangifte":         "D    M    I    M    D    P    I    D",
    "overlijdensaangifte":      "I    I    I    I    I    P    I    A",
    "huwelijksaangifte":        "D    D    M    P    D    Dp   D    M",
    "paspoort":                 "M    M    M    M    I    M    M    M",
    "identiteitskaart":         "M    M    M    M    I    M    M    M",
    "parkeervergunning":        "D    D    A    X    N    K    D    K",
    "gehandicaptenparkeerkaart":"D    P    D    P    A    D    D    P",
    "gehandicaptenparkeerplaats":"A   P    N    P    I    D    A    P",
    "hondenbelasting":          "X    T    D    T    X    T    D    T",
    "belastingkwijtschelding":  "D    T    D    T    P    T    D    T",
    "woz-bezwaar":              "Dp   T    D    T    D    T    D    T",
    "bijstand":                 "D    D    S    S    D    D    D    D",
    "bijzondere-bijstand":      "D    A    S    S    P    D    D    P",
    "wmo-voorziening":          "I    D    I    I    I    P    I    D",
    "leerlingenvervoer":        "D    D    P    P    N    D    D    P",
    "grofvuil":                 "A    A    D    P    W    D    A    I",
    "afvalcontainer":           "A    A    A    P    W    D    A    A",
    "melding-openbare-ruimte":  "A    A    A    A    A    A    A    A",
    "omgevingsvergunning":      "O    O    O    O    O    O    O    O",
    "kapvergunning":            "O    A    O    P    O    O    A    P",
    "bouwdossier-inzage":       "A    A    N    P    I    I    D    N",
    "bezwaar":                  "D    D    A    P    D    D    D    A",
    "klacht":                   "A    A    I    I    A    D    A    I",
    "woo-verzoek":              "A    D    A    P    A    A    A    D",
    "subsidie":                 "E    E    A    P    P    E    D    A",
    "evenementenvergunning":    "E    B    A    P    A    E    E    P",
    "exploitatievergunning-horeca":"Ep P   P    P    P    E    E    P",
    "alcoholvergunning":        "E    P    P    P    P    E    E    P",
    "terrasvergunning":         "E    I    A    P    N    E    E    A",
    "standplaatsvergunning":    "E    P    P    P    N    A    E    P",
    "marktvergunning":          "E    I    N    N    N    A    E    P",
    "reclamebelasting":         "I    I    I    N    N    I    E    I",
    "geluidsontheffing":        "A    A    I    P    P    A    A    P",
    "winkeltijdenontheffing":   "A    X    P    N    N    A    I    N",
    "kansspelautomaatvergunning":"E   P    P    N    N    P    E    P",
    "collectevergunning":       "I    A    P    P    N    I    A    N",
    "ligplaatsvergunning":      "D    P    I    X    X    N    D    I",
    "uitwegvergunning":         "O    A    P    P    O    A    O    P",
    "belastingaanslag-bezwaar": "D    T    D    T    D    T    D    T",
    "betalingsregeling":        "D    T    A    T    P    T    D    T",
}
PROV = ["GE", "PU"]
P = {
    "omgevingsvergunning":         "O  O",
    "bezwaar":                     "A  P",
    "klacht":                      "I  A",
    "woo-verzoek":                 "A  A",
    "subsidie":                    "Ep E",
    "evenementenvergunning":       "I  P",
    "geluidsontheffing":           "P  E",
    "uitwegvergunning":            "E  A",
    "beschermde-dieren-ontheffing":"O  E",
    "natuurvergunning":            "O  O",
    "ontgrondingsvergunning":      "O  P",
    "tijdelijk-luchtvaartterrein": "E  P",
    "wegvergunning-provinciaal":   "E  A",
    "vuurwerk-ontbranding":        "E  A",
    "schadevergoeding-provincie":  "F  F",
    "watervergunning":             "O  I",
}
WAT = ["VV", "BD"]
W = {
    "belastingkwijtschelding":   "T  T",
    "melding-openbare-ruimte":   "A  A",
    "omgevingsvergunning":       "O  O",
    "bezwaar":                   "A  D",
    "klacht":                    "I  A",
    "woo-verzoek":               "A  P",
    "subsidie":                  "E  X",
    "wegvergunning-provinciaal": "A  P",
    "schadevergoeding-provincie":"P  A",
    "watervergunning":           "O  O",
    "watermelding":              "O  E",
    "zuiveringsheffing":         "Ep T",
    "watersysteemheffing":       "T  I",
    "belastingaanslag-bezwaar":  "T  T",
    "betalingsregeling":         "T  T",
    "bedrijfsafvalwater-melding":"E  P",
}
R = {"DU": {"studiefinanciering": "Dp"}, "CB": {"rijvaardigheid": "D"}}


def plan():
    out = {}
    for tab, orgs in ((G, GEM), (P, PROV), (W, WAT)):
        for pk, codes in tab.items():
            cs = codes.split()
            assert len(cs) == len(orgs), pk
            for o, c in zip(orgs, cs):
                out[(o, pk)] = c
    for o, d in R.items():
        for pk, c in d.items():
            out[(o, pk)] = c
    return out
