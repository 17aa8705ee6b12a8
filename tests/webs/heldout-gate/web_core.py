"""Core helpers: the file store, behaviours, slugs, links, small HTML pieces, identity
providers, PDFs."""
import hashlib
import html
import posixpath
import re
import unicodedata

import pdfmini

FILES = {}          # (host, path) -> bytes
BEH = {k: [] for k in ("redirects", "host_redirects", "not_found_pages", "searches", "statuses",
                       "delays", "content_types")}
SEARCH_INDEX = {}   # host -> list of dicts
STATS = {"structures": {}}


def note_structure(name, n=1):
    STATS["structures"][name] = STATS["structures"].get(name, 0) + n


def esc(s):
    return html.escape(s, quote=True)


def put(host, path, data):
    """path: URL path; a path ending in '/' is stored as index.html."""
    if isinstance(data, str):
        data = data.encode("utf-8")
    if path.endswith("/"):
        path = path + "index.html"
    key = (host, path)
    if key in FILES and FILES[key] != data:
        raise ValueError("conflicting content for %s%s" % key)
    FILES[key] = data


def exists(host, path):
    if path.endswith("/"):
        path += "index.html"
    return (host, path) in FILES


def U(host, path="/"):
    return "http://%s%s" % (host, path)


def redirect(url, location, status=302):
    if any(r["url"] == url for r in BEH["redirects"]):
        return      # one redirect per path (the query string is not part of the match)
    BEH["redirects"].append({"url": url, "status": status, "location": location})


def slugify(s):
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
    s = re.sub(r"[^a-zA-Z0-9]+", "-", s).strip("-").lower()
    return s


def under(s):
    """Title_With_Underscores (iProx/PDC style)."""
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
    s = re.sub(r"[^a-zA-Z0-9-]+", "_", s).strip("_")
    return s[:1].upper() + s[1:]


def num(key, lo=100, hi=9999):
    h = int(hashlib.sha1(key.encode()).hexdigest()[:8], 16)
    return lo + h % (hi - lo)


def relhref(frompath, topath):
    """A ../ relative link from the page at frompath to topath (both absolute paths)."""
    fromdir = frompath if frompath.endswith("/") else posixpath.dirname(frompath) + "/"
    tail = "/" if topath.endswith("/") and topath != "/" else ""
    r = posixpath.relpath(topath, fromdir)
    if r == ".":
        return "./"
    return r + tail


def kb(data):
    n = len(data) / 1024.0
    return n


# ------------------------------------------------------------------ identity providers
DIGID_HOST = "digid.test"
EH_BROKERS = ["login.connectis.test", "eh.signicat.test"]


def digid_target(relay):
    tok = hashlib.sha1(relay.encode()).hexdigest()[:24]
    return U(DIGID_HOST, "/saml/idp/request_authentication?SAMLart=AAQAA%s&RelayState=%s" % (tok, relay))


def eh_target(relay, broker=0):
    tok = hashlib.sha1(("eh" + relay).encode()).hexdigest()[:20]
    host = EH_BROKERS[broker % len(EH_BROKERS)]
    if host.startswith("login.connectis"):
        return U(host, "/eherkenning/authn?SAMLRequest=fZJdb%s&RelayState=%s" % (tok, relay))
    return U(host, "/broker/sso?SAMLRequest=nVNNb%s&RelayState=%s" % (tok, relay))


def login_start(url, provider, relay, broker=0):
    """Register a login-start URL that answers 302 to the (simulated) identity provider."""
    if provider == "digid":
        redirect(url, digid_target(relay))
    elif provider in ("eherkenning", "eidas"):
        redirect(url, eh_target(relay + ("-eidas" if provider == "eidas" else ""), broker))
    else:
        raise ValueError(provider)
    return url


DIGID_SVG = ('<svg xmlns="http://www.w3.org/2000/svg" width="64" height="64" viewBox="0 0 64 64">'
             '<title>DigiD</title><rect width="64" height="64" rx="8" fill="#000"/>'
             '<text x="8" y="40" font-family="Arial" font-size="18" fill="#fff">DigiD</text>'
             '<rect x="40" y="46" width="16" height="6" fill="#e17000"/></svg>')
EH_SVG = ('<svg xmlns="http://www.w3.org/2000/svg" width="120" height="40" viewBox="0 0 120 40">'
          '<title>eHerkenning</title><rect width="120" height="40" fill="#fff"/>'
          '<text x="6" y="26" font-family="Arial" font-size="16" fill="#00457c">eHerkenning</text></svg>')


def idp_sites():
    # DigiD
    put(DIGID_HOST, "/", page_simple(
        "DigiD", "DigiD | Uw digitale identiteit",
        "<p>Met DigiD logt u in bij de overheid, het onderwijs en de zorg. Vraag DigiD aan als "
        "u nog geen DigiD heeft.</p><p><a href='/aanvragen'>DigiD aanvragen</a></p>", lang="nl"))
    put(DIGID_HOST, "/aanvragen", page_simple("DigiD", "DigiD aanvragen",
                                              "<p>U vraagt DigiD aan met uw burgerservicenummer en adres. "
                                              "U krijgt een activeringscode per brief.</p>"))
    put(DIGID_HOST, "/saml/idp/request_authentication", page_simple(
        "DigiD", "Inloggen bij DigiD",
        "<p>U wilt inloggen bij een organisatie die DigiD gebruikt. Kies hoe u wilt inloggen.</p>"
        "<ul class='login-options'><li><a href='/saml/idp/app'>Met de DigiD app</a></li>"
        "<li><a href='/saml/idp/sms'>Met gebruikersnaam en wachtwoord</a></li></ul>"
        "<form method='post' action='/saml/idp/sms'><label>DigiD gebruikersnaam <input name='username'></label>"
        "<label>Wachtwoord <input type='password' name='password'></label>"
        "<button type='submit'>Inloggen</button></form><p><a href='/'>Annuleren</a></p>"))
    for p in ("/saml/idp/app", "/saml/idp/sms"):
        put(DIGID_HOST, p, page_simple("DigiD", "Inloggen bij DigiD",
                                       "<p>Dit is een gesimuleerde DigiD-omgeving. Hier eindigt de test.</p>"))
    put(DIGID_HOST, "/robots.txt", "User-agent: *\nDisallow: /saml/\n")
    put(DIGID_HOST, "/images/digid-logo.svg", DIGID_SVG)
    # eHerkenning scheme site and brokers
    put("www.eherkenning.test", "/", page_simple(
        "eHerkenning", "eHerkenning: inloggen voor bedrijven",
        "<p>Met eHerkenning logt uw organisatie veilig in bij de overheid. U koopt een "
        "eHerkenningsmiddel bij een erkende leverancier.</p>"))
    put("www.eherkenning.test", "/images/eherkenning-logo.svg", EH_SVG)
    put("login.connectis.test", "/eherkenning/authn", page_simple(
        "Connectis", "Inloggen met eHerkenning",
        "<p>Selecteer de leverancier van uw inlogmiddel.</p><form method='post' action='/eherkenning/authn'>"
        "<select name='idp'><option>KPN</option><option>Connectis</option><option>Digidentity</option>"
        "<option>Z login</option><option>Signicat</option></select><button>Verder</button></form>"))
    put("eh.signicat.test", "/broker/sso", page_simple(
        "Signicat", "eHerkenning - kies uw leverancier",
        "<p>Met welk eHerkenningsmiddel wilt u inloggen?</p><ul><li><a href='/broker/idp/kpn'>KPN</a></li>"
        "<li><a href='/broker/idp/digidentity'>Digidentity</a></li><li><a href='/broker/idp/zlogin'>Z login</a></li>"
        "</ul><p>Europees inlogmiddel (eIDAS)? <a href='/broker/eidas'>Log in met een buitenlands inlogmiddel</a></p>"))
    for h, p in (("eh.signicat.test", "/broker/idp/kpn"), ("eh.signicat.test", "/broker/idp/digidentity"),
                 ("eh.signicat.test", "/broker/idp/zlogin"), ("eh.signicat.test", "/broker/eidas")):
        put(h, p, page_simple("Signicat", "Inloggen", "<p>Gesimuleerde inlogomgeving. Hier eindigt de test.</p>"))
    # MijnOverheid (used as a trap: a DigiD login that is not a product route)
    put("mijn.overheid.test", "/", page_simple(
        "MijnOverheid", "MijnOverheid",
        "<p>In MijnOverheid ziet u uw persoonlijke gegevens bij de overheid, zoals uw inschrijving in de "
        "BRP en de gegevens van uw kinderen.</p><p><a class='button' href='/inloggen'>Inloggen met DigiD</a></p>"))
    login_start(U("mijn.overheid.test", "/inloggen"), "digid", "mijnoverheid")


def page_simple(brand, title, body, lang="nl"):
    return ("<!DOCTYPE html><html lang='%s'><head><meta charset='utf-8'><title>%s</title>"
            "<meta name='viewport' content='width=device-width, initial-scale=1'></head><body>"
            "<header><strong>%s</strong></header><main><h1>%s</h1>%s</main></body></html>"
            % (lang, esc(title), esc(brand), esc(title), body))


# ------------------------------------------------------------------ documents
def form_pdf(title, org_name, address, intro, fields, fmt="pdf"):
    if fmt == "docx":
        return pdfmini.make_docx(title, [intro] + ["%s: ____________________" % f for f in fields] +
                                 ["Handtekening: ____________________",
                                  "Stuur dit formulier naar %s, %s." % (org_name, address)])
    if fmt == "odt":
        return pdfmini.make_odt(title, [intro] + ["%s: ____________________" % f for f in fields] +
                                ["Datum en handtekening: ____________________",
                                 "Stuur dit formulier naar %s, %s." % (org_name, address)])
    blocks = [("p", intro), ("h", "1. Uw gegevens")]
    for f in fields:
        blocks.append(("field", f))
    blocks += [("h", "2. Ondertekening"),
               ("p", "Ik verklaar dat ik dit formulier volledig en naar waarheid heb ingevuld."),
               ("field", "Plaats en datum"), ("sign", "Handtekening"),
               ("h", "Opsturen"),
               ("p", "Stuur het ingevulde en ondertekende formulier met de bijlagen naar %s, %s. "
                     "U kunt het ook afgeven bij de receptie." % (org_name, address))]
    return pdfmini.make_pdf(title, blocks, fields=True)


def regulation_pdf(title, org_name, articles):
    blocks = [("p", "%s" % org_name), ("p", "Gelet op de Gemeentewet, de Algemene wet bestuursrecht en de "
                                             "overige relevante wetgeving; besluit vast te stellen:")]
    for i, a in enumerate(articles, 1):
        blocks.append(("h", "Artikel %d" % i))
        blocks.append(("p", a))
    blocks.append(("p", "Aldus vastgesteld in de openbare vergadering van 12 december 2023."))
    return pdfmini.make_pdf(title, blocks, fields=False, producer="Acrobat PDFMaker")


def size_label(data, style=0):
    k = kb(data)
    if style == 0:
        return "pdf, %d kB" % max(1, round(k))
    if style == 1:
        return "PDF, %.1f kB" % k
    if style == 2:
        return "PDF %d KB" % max(1, round(k))
    return "pdf"
