"""Core of the generator: the Web container, HTML helpers, identity providers and the shared
bodies (Omgevingsloket, tax offices, social services, waste companies, ...)."""
import hashlib
import html
import json
import os
import shutil

from pdfw import make_pdf, make_docx

E = html.escape


def h(s):
    """stable small integer from a string"""
    return int(hashlib.sha1(s.encode()).hexdigest()[:8], 16)


class Web:
    def __init__(self):
        self.files = {}
        self.beh = {k: [] for k in ("redirects", "host_redirects", "not_found_pages", "statuses",
                                    "searches", "content_types", "delays")}
        self.labels = []
        self.orgs = []
        self.extra_files = {}  # root-relative files (soft 404 pages, search indexes)
        self.features = {}

    # ------------------------------------------------------------ files
    def put(self, url, data):
        assert url.startswith("http://"), url
        rest = url[len("http://"):]
        host, _, path = rest.partition("/")
        path = "/" + path
        if path.endswith("/"):
            path += "index.html"
        if isinstance(data, str):
            data = data.encode("utf-8")
        key = (host, path)
        if key in self.files and self.files[key] != data:
            raise ValueError("conflicting content for " + url)
        self.files[key] = data
        return url

    def has(self, url):
        rest = url[len("http://"):]
        host, _, path = rest.partition("/")
        path = "/" + path
        if path.endswith("/"):
            path += "index.html"
        return (host, path) in self.files

    def redirect(self, url, location, status=302):
        for r in self.beh["redirects"]:
            if r["url"] == url:
                assert r["location"] == location, url
                return url
        self.beh["redirects"].append({"url": url, "status": status, "location": location})
        return url

    def pdf(self, url, title, lines, fields=None, author=""):
        return self.put(url, make_pdf(title, lines, fields, author=author))

    def docx(self, url, title, paras):
        return self.put(url, make_docx(title, paras))

    def label(self, **kw):
        row = {k: "" for k in ("org_code", "product_key", "level", "status", "product_url",
                               "route_url", "level_strict", "via", "notes")}
        row.update({k: ("" if v is None else str(v)) for k, v in kw.items()})
        self.labels.append(row)

    def write(self, root):
        if os.path.exists(root):
            shutil.rmtree(root)
        os.makedirs(root)
        dirs = set()
        for (host, path) in self.files:
            parts = path.strip("/").split("/")
            for i in range(1, len(parts)):
                dirs.add((host, "/" + "/".join(parts[:i])))
        clash = sorted(k for k in self.files if k in dirs)
        for host, path in clash:
            # a page that is also a folder: serve it as folder index, redirect the bare path (as Apache does)
            self.files[(host, path + "/index.html")] = self.files.pop((host, path))
            url = "http://%s%s" % (host, path)
            self.redirect(url, url + "/", 301)
            for row in self.labels:
                for k in ("product_url", "route_url"):
                    if row[k] == url:
                        row[k] = url + "/"
        for (host, path), data in sorted(self.files.items()):
            fp = os.path.join(root, "sites", host, path.lstrip("/"))
            os.makedirs(os.path.dirname(fp), exist_ok=True)
            with open(fp, "wb") as f:
                f.write(data)
        for rel, data in sorted(self.extra_files.items()):
            fp = os.path.join(root, rel)
            os.makedirs(os.path.dirname(fp), exist_ok=True)
            with open(fp, "wb") as f:
                f.write(data if isinstance(data, bytes) else data.encode("utf-8"))
        beh = {k: v for k, v in self.beh.items() if v}
        with open(os.path.join(root, "testweb.json"), "w") as f:
            json.dump({"description": "Held-out development web (independent); see ../README.md",
                       "behaviours": beh}, f, indent=1, sort_keys=True)
            f.write("\n")


# ---------------------------------------------------------------- identity providers
DIGID = "http://digid.test"
EH_BROKERS = ["http://eh.signicat.test", "http://eherkenning.connectis.test"]


def digid_start(sp, relay):
    """URL on the DigiD IdP that a login start redirects to"""
    return (DIGID + "/saml/idp/request_authentication?SAMLRequest=fVJNb9swDP0rgu6OZTdrCiNO4TUYEKDrgqbt"
            "YTdFYhKhsuSJctL9%2B1F20naH9STygXyPfOTi9r215Agejbcl%2Fe8X1RM%3D&RelayState=" + relay
            + "&SigAlg=http%3A%2F%2Fwww.w3.org%2F2001%2F04%2Fxmldsig-more%23rsa-sha256&sp=" + sp)


def eh_start(sp, relay, broker=0, eidas=False):
    b = EH_BROKERS[broker % len(EH_BROKERS)]
    path = "/eidas/select" if eidas else "/broker/select"
    return b + path + "?entityID=urn:etoegang:DV:" + sp + "&RelayState=" + relay + "&LoA=EH2%2B"


def build_idps(web):
    page = lambda title, body: ("<!DOCTYPE html><html lang='nl'><head><meta charset='utf-8'><title>%s</title>"
                                "</head><body>%s</body></html>" % (E(title), body))
    web.put(DIGID + "/", page("DigiD", "<header><img src='/img/digid-logo.svg' alt='DigiD'></header>"
                              "<h1>DigiD</h1><p>Met DigiD logt u in bij de overheid, zorgverzekeraars en "
                              "pensioenfondsen.</p><ul><li><a href='/aanvragen'>DigiD aanvragen</a></li>"
                              "<li><a href='/over-digid'>Over DigiD</a></li></ul>"))
    web.put(DIGID + "/aanvragen", page("DigiD aanvragen", "<h1>DigiD aanvragen</h1><p>Vraag DigiD aan "
                                       "met uw burgerservicenummer, postcode en huisnummer.</p>"))
    web.put(DIGID + "/over-digid", page("Over DigiD", "<h1>Over DigiD</h1><p>DigiD is uw digitale "
                                        "identiteit voor de overheid.</p>"))
    web.put(DIGID + "/img/digid-logo.svg", SVG_DIGID)
    web.put(DIGID + "/saml/idp/request_authentication",
            page("Inloggen - DigiD", "<header><img src='/img/digid-logo.svg' alt='DigiD'></header>"
                 "<h1>Inloggen bij DigiD</h1><p>U wilt inloggen bij een overheidsorganisatie. Kies hoe u "
                 "wilt inloggen.</p><form method='post' action='/saml/idp/request_authentication'>"
                 "<label>DigiD gebruikersnaam <input name='username'></label>"
                 "<label>Wachtwoord <input type='password' name='password'></label>"
                 "<button type='submit'>Inloggen</button></form><p><a href='/'>Annuleren</a></p>"
                 "<p>Of log in met de <a href='/saml/idp/request_authentication'>DigiD app</a>.</p>"))
    for b in EH_BROKERS:
        nm = "Signicat" if "signicat" in b else "Connectis"
        web.put(b + "/", page("eHerkenning makelaar", "<h1>%s eHerkenning makelaar</h1>" % nm))
        web.put(b + "/broker/select", page(
            "Inloggen met eHerkenning",
            "<h1>Inloggen met eHerkenning</h1><p>Selecteer de leverancier van uw inlogmiddel.</p>"
            "<form method='post' action='/broker/select'><select name='idp'><option>KPN</option>"
            "<option>Digidentity</option><option>Z login</option><option>Connectis</option>"
            "<option>ESG de Electronische Signatuur</option></select><button>Ga verder</button></form>"
            "<p><a href='/'>%s</a></p>" % nm))
        web.put(b + "/eidas/select", page(
            "Inloggen met een Europees inlogmiddel",
            "<h1>Login with a European eID (eIDAS)</h1><p>Kies het land van uw inlogmiddel.</p>"
            "<form method='post' action='/eidas/select'><select name='country'><option>Deutschland"
            "</option><option>Belgique/België</option><option>Italia</option></select>"
            "<button>Verder</button></form>"))
    web.put("http://www.eherkenning.test/", page("eHerkenning", "<h1>eHerkenning</h1><p>Het inlogmiddel "
                                                  "voor ondernemers bij de overheid.</p>"))
    # MijnOverheid: a DigiD portal that is not a product form
    web.put("http://mijn.overheid.test/", page(
        "MijnOverheid", "<h1>MijnOverheid</h1><p>Uw Berichtenbox, lopende zaken en persoonlijke gegevens "
        "op één plek.</p><p><a href='http://mijn.overheid.test/inloggen'>Inloggen met DigiD</a></p>"
        "<ul><li>Berichtenbox</li><li>Persoonlijke gegevens (BRP, RDW, Kadaster)</li><li>Lopende zaken</li></ul>"))
    web.redirect("http://mijn.overheid.test/inloggen", digid_start("MijnOverheid", "mo"))


SVG_DIGID = ("<svg xmlns='http://www.w3.org/2000/svg' width='46' height='46' viewBox='0 0 46 46'>"
             "<rect width='46' height='46' rx='6' fill='#000'/><text x='5' y='28' fill='#fff' "
             "font-family='Arial' font-size='14' font-weight='bold'>DigiD</text></svg>")
SVG_EH = ("<svg xmlns='http://www.w3.org/2000/svg' width='90' height='30' viewBox='0 0 90 30'>"
          "<rect width='90' height='30' fill='#fff' stroke='#005ca9'/><text x='4' y='20' fill='#005ca9' "
          "font-family='Arial' font-size='12'>eHerkenning</text></svg>")
PNG_1PX = bytes.fromhex("89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201"
                        "75a1a40d0000000049454e44ae426082")


def simple_page(title, body, lang="nl", css="", head=""):
    return ("<!DOCTYPE html>\n<html lang='%s'><head><meta charset='utf-8'><title>%s</title>"
            "<meta name='viewport' content='width=device-width, initial-scale=1'>%s%s</head>"
            "<body>%s</body></html>\n" % (lang, E(title), css, head, body))


def add_trap(web, code, pk, text):
    for row in web.labels:
        if row["org_code"] == code and row["product_key"] == pk:
            n = row["notes"].rstrip(".")
            row["notes"] = (n + "; " + text if "Trap:" in n else n + ". Trap: " + text) + "."
            return
    raise KeyError((code, pk))
