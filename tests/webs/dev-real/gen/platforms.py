"""Form platforms (where an organisation's online forms live) and the shared bodies that
organisations send users to (Omgevingsloket, tax offices, social services, waste companies,
parking portals, BIJ12, RUD, appointment systems)."""
import hashlib
import json

from web import E, digid_start, eh_start, simple_page, SVG_DIGID, SVG_EH
from content import P, slugify

AUTH_TXT = {"digid": "DigiD", "eh": "eHerkenning", "de": "DigiD of eHerkenning",
            "dei": "DigiD, eHerkenning of eIDAS", "own": "uw account"}


def form_fields(pk):
    base = [("Voorletters en achternaam", "naam"), ("Straat en huisnummer", "adres"),
            ("Postcode", "postcode"), ("Woonplaats", "woonplaats"), ("Telefoonnummer", "telefoon"),
            ("E-mailadres", "email")]
    extra = {
        "grofvuil": [("Welke spullen wilt u laten ophalen?", "spullen")],
        "afvalcontainer": [("Soort container", "container")],
        "melding-openbare-ruimte": [("Omschrijving van de melding", "omschrijving"), ("Locatie", "locatie")],
        "klacht": [("Waar gaat uw klacht over?", "klacht"), ("Wanneer gebeurde het?", "datum")],
        "woo-verzoek": [("Welke informatie zoekt u?", "informatie"), ("Periode", "periode")],
        "bezwaar": [("Kenmerk van het besluit", "kenmerk"), ("Waarom bent u het er niet mee eens?", "gronden")],
        "bouwdossier-inzage": [("Adres van het pand", "pandadres"), ("Welke stukken zoekt u?", "stukken")],
        "collectevergunning": [("Naam van de instelling", "instelling"), ("Periode van de collecte", "periode")],
    }.get(pk, [("Toelichting op uw aanvraag", "toelichting")])
    return base + extra


def fields_html(pk, cls=""):
    out = []
    for lab, name in form_fields(pk):
        tag = ("<textarea id='%s' name='%s' rows='4'></textarea>" % (name, name)
               if name in ("omschrijving", "klacht", "informatie", "gronden", "toelichting", "spullen", "stukken")
               else "<input type='text' id='%s' name='%s'%s>" % (name, name, " required" if name == "naam" else ""))
        out.append("<div class='%s'><label for='%s'>%s%s</label>%s</div>"
                   % (cls or "field", name, E(lab), " *" if name == "naam" else "", tag))
    return "\n".join(out)


# ====================================================================== platforms
class Platform:
    """Base: make a form page for product pk with auth in (None, digid, eh, de, dei, own).
    Returns the route URL (the page or login start that decides the level)."""

    def __init__(self, web, org, host):
        self.web, self.org, self.host = web, org, host
        self.base = "http://" + host
        self.n = 0

    def sp(self):
        return self.host

    def login_url(self, slug, auth, path_fmt="/auth/{slug}/{p}/start"):
        """a login start URL on the platform that 302s to the identity provider"""
        p = {"digid": "digid", "eh": "eherkenning", "eidas": "eidas"}[auth]
        url = self.base + path_fmt.format(slug=slug, p=p)
        relay = slug if "{slug}" in path_fmt else "login"
        if auth == "digid":
            loc = digid_start(self.host, relay)
        else:
            loc = eh_start(self.host, relay, broker=len(self.host) % 2, eidas=(auth == "eidas"))
        self.web.redirect(url, loc)
        return url

    def auth_list(self, auth):
        return {"digid": ["digid"], "eh": ["eh"], "de": ["digid", "eh"], "dei": ["digid", "eh", "eidas"],
                None: [], "own": []}[auth]


class OpenForms(Platform):
    """Open-Formulieren-like: the form (steps, fields, login buttons) only exists after the SDK
    script has run. Standalone pages on the form host fetch the form definition from the API;
    embedded pages on the organisation's site carry it inline."""

    def __init__(self, web, org, host, theme=""):
        super().__init__(web, org, host)
        self.theme = theme
        web.put(self.base + "/static/sdk/open-forms-sdk.js", OF_SDK_JS)
        web.put(self.base + "/static/sdk/open-forms-sdk.css",
                ".openforms-theme{font-family:sans-serif}.utrecht-button{padding:.5em 1em}")
        web.put(self.base + "/", simple_page(
            "Formulieren - " + org.name,
            "<h1>Formulieren van %s</h1><p>Deze omgeving bevat de online formulieren van %s. Start een "
            "formulier via de website <a href='%s'>%s</a>.</p>" % (E(org.name), E(org.name), org.home, org.home)))

    def definition(self, pk, title, auth, prefill=False):
        slug = slugify(title)
        opts = []
        for a in self.auth_list(auth):
            label = {"digid": "DigiD", "eh": "eHerkenning", "eidas": "eIDAS"}[a]
            opts.append({"identifier": a if a != "eh" else "eherkenning", "label": label,
                         "url": self.login_url(slug, a) + "?next=" + self.base + "/" + slug + "/",
                         "logo": {"title": label, "imageSrc": self.base + "/static/img/%s.png" % a}})
        d = {"uuid": "%s-4b2e-4c1a-9f0e-%s" % (hashlib.sha1(slug.encode()).hexdigest()[:8], hashlib.sha1(slug.encode()).hexdigest()[8:20]), "slug": slug,
             "name": title, "loginRequired": bool(opts), "loginOptions": opts,
             "literals": {"beginText": {"value": "Formulier starten"}},
             "explanationTemplate": ("<p>Log in om het formulier te starten. " + (
                 "Wij vullen uw persoonsgegevens automatisch in vanuit de Basisregistratie Personen.</p>"
                 if prefill else "</p>")) if opts else "<p>Vul het formulier in. Velden met een * zijn verplicht.</p>",
             "steps": [{"name": "Uw gegevens", "fields": [[lab, nm] for lab, nm in form_fields(pk)]},
                       {"name": "Controleren en versturen", "fields": []}],
             "submitLabel": "Versturen"}
        self.n += 1
        for a in self.auth_list(auth):
            self.web.put(self.base + "/static/img/%s.png" % a, SVG_DIGID if a == "digid" else SVG_EH)
        return slug, d

    def form(self, pk, title, auth, prefill=False):
        slug, d = self.definition(pk, title, auth, prefill)
        self.web.put(self.base + "/api/v2/forms/" + slug, json.dumps(d, ensure_ascii=False, indent=1))
        url = self.base + "/" + slug + "/"
        body = ("<noscript>Schakel JavaScript in om dit formulier te gebruiken.</noscript>"
                "<div class='open-forms-sdk-root' id='openforms-container' data-sdk-module='%s/static/sdk/open-forms-sdk.js' "
                "data-form-id='%s' data-base-url='%s/api/v2/' data-base-path='/%s/' data-lang='nl'></div>"
                "<script src='%s/static/sdk/open-forms-sdk.js'></script>"
                % (self.base, slug, self.base, slug, self.base))
        html = ("<!DOCTYPE html><html lang='nl' class='openforms-theme utrecht-document %s'><head><meta charset='utf-8'>"
                "<title>%s | %s</title><link rel='stylesheet' href='%s/static/sdk/open-forms-sdk.css'></head>"
                "<body><header class='of-header'><a href='%s'>%s</a></header><main>%s</main>"
                "<footer><a href='%s/privacy'>Privacy</a></footer></body></html>"
                % (self.theme, E(title), E(self.org.name), self.base, self.org.home, E(self.org.name), body,
                   self.org.home.rstrip("/")))
        self.web.put(url, html)
        return url

    def embed(self, pk, title, auth, prefill=False):
        """inline embed snippet for a page on the organisation's own site"""
        slug, d = self.definition(pk, title, auth, prefill)
        return ("<div class='open-forms-sdk-root utrecht-form-container--openforms' id='openforms-container' "
                "data-form-id='%s' data-base-url='%s/api/v2/' data-base-path='%s'></div>"
                "<script type='application/json' id='of-form-def'>%s</script>"
                "<script src='%s/static/sdk/open-forms-sdk.js'></script>"
                % (slug, self.base, "", json.dumps(d, ensure_ascii=False).replace("</", "<\\/"), self.base))


OF_SDK_JS = r"""/* open-forms-sdk (simulated build) */
(function(){
  function el(t, a, txt){var e=document.createElement(t); for(var k in (a||{})) e.setAttribute(k,a[k]); if(txt) e.textContent=txt; return e;}
  function render(root, def){
    root.innerHTML='';
    var card=el('div',{'class':'openforms-card utrecht-page'});
    card.appendChild(el('h1',{'class':'utrecht-heading-1'},def.name));
    var ex=el('div',{'class':'openforms-explanation'}); ex.innerHTML=def.explanationTemplate||''; card.appendChild(ex);
    if(def.loginRequired){
      var box=el('div',{'class':'openforms-login-options'});
      def.loginOptions.forEach(function(o){
        var a=el('a',{'href':o.url,'class':'utrecht-button utrecht-button--primary openforms-login-option openforms-login-option--'+o.identifier});
        var img=el('img',{'src':o.logo.imageSrc,'alt':'Logo '+o.logo.title,'width':'46'}); a.appendChild(img);
        a.appendChild(document.createTextNode(' Inloggen met '+o.label)); box.appendChild(a);
      });
      card.appendChild(box);
    } else {
      var f=el('form',{'method':'post','action':'?submit','class':'openforms-form','novalidate':'novalidate'});
      var prog=el('ol',{'class':'openforms-progress-indicator'});
      def.steps.forEach(function(s,i){prog.appendChild(el('li',{'class':i==0?'active':''},'Stap '+(i+1)+': '+s.name));});
      card.appendChild(prog);
      def.steps[0].fields.forEach(function(fl){
        var w=el('div',{'class':'utrecht-form-field'}); w.appendChild(el('label',{'for':fl[1]},fl[0]));
        w.appendChild(el('input',{'type':'text','id':fl[1],'name':fl[1]})); f.appendChild(w);
      });
      f.appendChild(el('p',{'class':'openforms-required-note'},'Velden met een * zijn verplicht.'));
      f.appendChild(el('button',{'type':'submit','class':'utrecht-button utrecht-button--primary'},'Volgende'));
      card.appendChild(f);
    }
    root.appendChild(card);
  }
  function boot(){
    var roots=document.querySelectorAll('.open-forms-sdk-root');
    roots.forEach(function(root){
      var inline=document.getElementById('of-form-def');
      if(inline){ render(root, JSON.parse(inline.textContent)); return; }
      var url=root.getAttribute('data-base-url')+'forms/'+root.getAttribute('data-form-id');
      fetch(url,{credentials:'include'}).then(function(r){return r.json();}).then(function(d){render(root,d);})
        .catch(function(){root.textContent='Het formulier kon niet worden geladen.';});
    });
  }
  if(document.readyState==='loading') document.addEventListener('DOMContentLoaded',boot); else boot();
})();
"""


class GravityForms(Platform):
    """OpenWebConcept / WordPress + Gravity Forms on mijn.<org>: DigiD gate pages and
    anonymous forms with the Gravity legend."""

    def form(self, pk, title, auth, prefill=False):
        slug = slugify(title)
        url = self.base + "/" + slug + "/"
        if auth:
            btns = []
            for a in self.auth_list(auth):
                lu = self.login_url(slug, a, "/{p}/inloggen/{slug}")
                lab = {"digid": "DigiD", "eh": "eHerkenning", "eidas": "eIDAS"}[a]
                btns.append("<a class='btn btn-%s' href='%s'><img src='/wp-content/plugins/owc-gravityforms-digid/img/%s.svg' "
                            "alt='' width='40'> Inloggen met %s</a>" % (a, lu, a, lab))
                self.web.put(self.base + "/wp-content/plugins/owc-gravityforms-digid/img/%s.svg" % a,
                             SVG_DIGID if a == "digid" else SVG_EH)
            body = ("<h1>%s</h1><div class='gform_wrapper'><p>Voor dit formulier moet u eerst inloggen.%s</p>%s"
                    "<div id='js-resumeSession' hidden>Kies 'Verlengen' om uw sessie te verlengen</div></div>"
                    % (E(title), " Uw naam en adres worden daarna automatisch ingevuld." if prefill else "",
                       " ".join(btns)))
        else:
            body = ("<h1>%s</h1><div class='gform_wrapper gravity-theme'><form method='post' enctype='multipart/form-data' "
                    "id='gform_%d' action='/%s/'><div class='gform_heading'><p class='gform_required_legend'>"
                    "&quot;<span class='gfield_required'>*</span>&quot; geeft vereiste velden aan</p></div>"
                    "<div class='gform_body'>%s<div class='field'><label>Bijlage</label><input type='file' name='input_9'>"
                    "<span class='gform_fileupload_rules'>Max. bestandsgrootte: 10 MB. Toegestane bestandstypen: pdf, jpg, png, doc, docx.</span></div></div>"
                    "<div class='gform_footer'><input type='submit' class='gform_button button' value='Versturen'></div></form></div>"
                    % (E(title), 3 + int(hashlib.sha1(slug.encode()).hexdigest()[:4], 16) % 90, slug, fields_html(pk, "gfield")))
        self.n += 1
        page = simple_page(title + " - Mijn " + self.org.short, "<header><a href='%s'>%s</a></header><main>%s</main>"
                           % (self.org.home, E(self.org.name), body))
        self.web.put(url, page)
        return url


class TriplEforms(Platform):
    """Amsterdam-style TriplEforms .aspx wizards on eformulieren.<org>."""

    def __init__(self, web, org, host, tenant):
        super().__init__(web, org, host)
        self.tenant = tenant
        web.put(self.base + "/TriplEforms/Images/digid.png", SVG_DIGID)
        web.put(self.base + "/TriplEforms/Images/eherkenning.png", SVG_EH)

    def form(self, pk, title, auth, prefill=False):
        name = "".join(w.capitalize() for w in slugify(title).split("-"))
        url = "%s/TriplEforms/DirectRegelen/formulier/nl-NL/%s/%s.aspx" % (self.base, self.tenant, name)
        if auth:
            items = []
            for a in self.auth_list(auth):
                lu = self.login_url(name, a, "/TriplEforms/%s/Login.aspx" % ("DigiD" if a == "digid" else "EHerkenning"))
                items.append("<form method='post' action='%s'><input type='hidden' name='__VIEWSTATE' value='dDwtMTA4NzM3NjA2Mjs7Pg=='>"
                             "<input type='image' src='/TriplEforms/Images/%s.png' alt='Inloggen met %s' name='btnLogin%s'></form>"
                             % (lu + "?ReturnUrl=" + name, "digid" if a == "digid" else "eherkenning",
                                "DigiD" if a == "digid" else "eHerkenning", a))
            body = ("<div id='ctl00_Content'><h1>%s</h1><p>U doet deze aanvraag met %s. Klik op het logo om in te loggen."
                    "%s</p>%s<p class='note'>u wordt na 15 minuten inactiviteit automatisch uitgelogd bij DigiD</p></div>"
                    % (E(title), AUTH_TXT[auth], " Uw persoonsgegevens worden daarna automatisch ingevuld." if prefill else "",
                       "".join(items)))
        else:
            body = ("<div id='ctl00_Content'><h1>%s</h1><div class='steps'>Stap 1 van 4: Uw gegevens</div>"
                    "<form method='post' action='%s.aspx' id='aspnetForm'><input type='hidden' name='__VIEWSTATE' value='dDwxNjY7Pg=='>"
                    "%s<p>Velden met een * zijn verplicht.</p><input type='submit' name='ctl00$btnVolgende' value='Volgende'></form>"
                    "<p>Tussentijds opslaan is niet mogelijk.</p></div>" % (E(title), name, fields_html(pk)))
        self.web.put(url, simple_page(title, "<div class='tf-header'>%s &ndash; Digitaal loket</div>%s" % (E(self.org.name), body)))
        return url


class Formdesk(Platform):
    def __init__(self, web, org, host, account):
        super().__init__(web, org, host)
        self.account = account

    def form(self, pk, title, auth, prefill=False):
        name = slugify(title).replace("-", "_")
        url = "%s/%s/%s" % (self.base, self.account, name)
        if auth:
            lu = self.login_url(name, "digid", "/%s/{slug}/digid" % self.account)
            body = ("<h2>%s</h2><p>Om dit formulier in te vullen moet u zich identificeren met DigiD.</p>"
                    "<p><a href='%s'><img src='/img/digid.png' alt='Inloggen met DigiD' border='0'></a></p>" % (E(title), lu))
            self.web.put(self.base + "/img/digid.png", SVG_DIGID)
        else:
            rows = "".join("<tr><td>%s</td><td><input type='text' name='%s' size='40'></td></tr>" % (E(l), n)
                           for l, n in form_fields(pk))
            body = ("<h2>%s</h2><form method='post' action='/%s/%s?submit=1' name='fdform'><table class='fd-table'>%s</table>"
                    "<input type='submit' value='Verzenden'></form>" % (E(title), self.account, name, rows))
        self.web.put(url, simple_page(title + " - Formdesk", "<div class='fd-logo'>%s</div>%s<div class='fd-footer'>"
                                      "Powered by Formdesk</div>" % (E(self.org.name), body)))
        return url


class SimpleForms(Platform):
    """A generic e-form host with own URL scheme (path_fmt with {slug}); DigiD start on the host."""

    def __init__(self, web, org, host, path_fmt="/formulier/{slug}", login_fmt="/digid/start/{slug}",
                 eh_fmt="/eherkenning/start/{slug}", label="E-formulieren", wizard=True, style="a"):
        super().__init__(web, org, host)
        self.style = style
        self.path_fmt, self.login_fmt, self.eh_fmt, self.label, self.wizard = path_fmt, login_fmt, eh_fmt, label, wizard
        web.put(self.base + "/img/logo-digid.svg", SVG_DIGID)
        web.put(self.base + "/img/logo-eherkenning.svg", SVG_EH)

    def form(self, pk, title, auth, prefill=False):
        style = self.style
        slug = slugify(title)
        fid = 1000 + int(__import__("hashlib").sha1(slug.encode()).hexdigest()[:6], 16) % 9000
        url = self.base + self.path_fmt.format(slug=slug, id=fid, Name="".join(w.capitalize() for w in slug.split("-")))
        if auth:
            parts = []
            for a in self.auth_list(auth):
                fmt = self.login_fmt if a == "digid" else self.eh_fmt
                lu = self.base + fmt.format(slug=slug, id=fid)
                if a == "eidas":
                    lu = lu.replace("eherkenning", "eidas")
                loc = digid_start(self.host, slug) if a == "digid" else eh_start(self.host, slug, len(slug) % 2, a == "eidas")
                self.web.redirect(lu, loc)
                lab = {"digid": "DigiD", "eh": "eHerkenning", "eidas": "eIDAS (Europese inlogmiddelen)"}[a]
                logo = "logo-digid.svg" if a == "digid" else "logo-eherkenning.svg"
                if style == "img" and a == "digid":
                    parts.append("<a href='%s'><img src='/img/logo-digid.svg' alt='Inloggen met DigiD' width='60'></a>" % lu)
                elif style == "button":
                    parts.append("<button type='button' class='login-btn' onclick=\"location.href='%s'\"><img src='/img/%s' alt=''> "
                                 "Inloggen met %s</button>" % (lu, logo, lab))
                else:
                    parts.append("<a class='login-btn' href='%s'><img src='/img/%s' alt='%s'> Inloggen met %s</a>"
                                 % (lu, logo, lab, lab))
            body = ("<h1>%s</h1><p>Voordat u begint: u logt in met %s.%s</p><div class='login-options'>%s</div>"
                    % (E(title), AUTH_TXT[auth],
                       " Na het inloggen zijn uw gegevens al ingevuld; u controleert ze alleen." if prefill else "",
                       " ".join(parts)))
        else:
            body = ("<h1>%s</h1>%s<form method='post' action='%s'>%s<p>Velden met een * zijn verplicht.</p>"
                    "<button type='submit'>Verzenden</button></form>"
                    % (E(title), "<p class='progress'>Voortgang: 0%</p>" if self.wizard else "", url, fields_html(pk)))
        self.web.put(url, simple_page(title + " | " + self.label + " " + self.org.short,
                                      "<header><a href='%s'>%s</a> <span>%s</span></header><main>%s</main>"
                                      % (self.org.home, E(self.org.name), self.label, body)))
        return url


# ====================================================================== shared bodies
class Shared:
    """Registry of other bodies' routes. get(key) -> dict(page, route, level, strict, host, text)"""

    def __init__(self, web):
        self.web = web
        self.routes = {}
        self._built = set()

    def page(self, url, title, body, site):
        self.web.put(url, simple_page(title + " | " + site, "<header><a href='/'>%s</a></header><main>%s</main>"
                                      "<footer><p>&copy; %s</p></footer>" % (E(site), body, E(site))))

    def get(self, key):
        if key not in self.routes:
            getattr(self, "_" + key.split(":")[0].replace("-", "_"))(key)
        return self.routes[key]

    def add(self, key, page, route, level, host, strict=None, text=""):
        self.routes[key] = dict(page=page, route=route, level=level, host=host,
                                strict=(strict if strict is not None else (67 if level == 100 else level)), text=text)

    # ---------------------------------------------------------- Omgevingsloket
    def _olo(self, key):
        b = "http://omgevingswet.overheid.test"
        if "olo" not in self._built:
            self._built.add("olo")
            self.page(b + "/", "Omgevingsloket", "<h1>Omgevingsloket</h1><p>Check of u een vergunning nodig heeft, "
                      "vraag een vergunning aan of doe een melding.</p><ul><li><a href='/checken/'>Vergunningcheck doen</a></li>"
                      "<li><a href='/aanvragen'>Aanvragen of melden</a></li><li><a href='/regels-op-de-kaart'>Regels op de kaart</a></li></ul>",
                      "Omgevingsloket")
            self.page(b + "/checken/", "Vergunningcheck", "<h1>Vergunningcheck</h1><p>Met de vergunningcheck ziet u of u een "
                      "vergunning nodig heeft of een melding moet doen. U hoeft niet in te loggen. De check is geen aanvraag.</p>"
                      "<form method='get' action='/checken/locatie'><label>Adres of perceel <input name='adres'></label>"
                      "<button>Start de check</button></form>", "Omgevingsloket")
            self.page(b + "/checken/locatie", "Vergunningcheck - locatie", "<h1>Kies de locatie</h1><p>Klik op de kaart.</p>",
                      "Omgevingsloket")
            self.page(b + "/regels-op-de-kaart", "Regels op de kaart", "<h1>Regels op de kaart</h1>", "Omgevingsloket")
            self.web.redirect(b + "/aanvragen/inloggen/digid", digid_start("omgevingsloket", "aanvragen"))
            self.web.redirect(b + "/aanvragen/inloggen/eherkenning", eh_start("omgevingsloket", "aanvragen", 1))
            self.web.redirect(b + "/aanvragen/inloggen/eidas", eh_start("omgevingsloket", "aanvragen", 1, True))
            self.page(b + "/aanvragen", "Aanvragen of melden",
                      "<h1>Aanvragen of melden</h1><p>Dien uw aanvraag voor een vergunning of uw melding digitaal in. "
                      "Log in met DigiD (particulier) of eHerkenning (bedrijf). Na het inloggen haalt het Omgevingsloket "
                      "uw gegevens op uit de basisregistraties; uw naam en adres zijn al ingevuld.</p>"
                      "<p><a class='button' href='/aanvragen/inloggen/digid'>Inloggen met DigiD</a> "
                      "<a class='button' href='/aanvragen/inloggen/eherkenning'>Inloggen met eHerkenning</a> "
                      "<a href='/aanvragen/inloggen/eidas'>Inloggen met een Europees erkend inlogmiddel (eIDAS)</a></p>",
                      "Omgevingsloket")
        self.add(key, b + "/aanvragen", b + "/aanvragen", 100, "omgevingswet.overheid.test", strict=100,
                 text="het Omgevingsloket")

    # ---------------------------------------------------------- tax offices
    def _tax(self, key, host, name, short, products):
        b = "http://" + host
        if host not in self._built:
            self._built.add(host)
            items = "".join("<li><a href='%s'>%s</a></li>" % (p[0], E(p[1])) for p in products.values())
            self.page(b + "/", name, "<h1>%s</h1><p>%s heft en int de gemeentelijke belastingen en/of de "
                      "waterschapsbelastingen en bepaalt de WOZ-waarde.</p><ul>%s</ul><p><a href='/mijn'>Mijn %s</a></p>"
                      % (E(name), E(short), items, E(short)), name)
            self.web.redirect(b + "/mijn", digid_start(host, "mijn"))
            self.web.redirect(b + "/inloggen/digid", digid_start(host, "loket"))
            self.web.redirect(b + "/inloggen/eherkenning", eh_start(host, "loket", 0))
            self.page(b + "/formulieren/betalingsregeling", "Betalingsregeling aanvragen",
                      "<h1>Betalingsregeling aanvragen</h1><form method='post' action='/formulieren/betalingsregeling'>%s"
                      "<div><label>Aanslagnummer</label><input name='aanslagnummer'></div><button>Verzenden</button></form>"
                      % fields_html("betalingsregeling"), name)
        for k, (path, title, kind) in products.items():
            kk = key.split(":")[0] + ":" + k
            if kk in self.routes:
                continue
            if kind == "digid":
                body = ("<p>U regelt dit online via Mijn %s. Log in met DigiD.</p><p><a class='btn' href='/inloggen/digid'>"
                        "Inloggen met DigiD</a></p>" % E(short))
                self.add(kk, b + path, b + "/inloggen/digid", 100, host)
            elif kind == "digid-prefill":
                body = ("<p>Log in met DigiD. Uw gegevens en de gegevens van uw aanslag zijn al ingevuld.</p>"
                        "<p><a class='btn' href='/inloggen/digid'>Inloggen met DigiD</a></p>")
                self.add(kk, b + path, b + "/inloggen/digid", 100, host, strict=100)
            elif kind == "de":
                body = ("<p>Particulieren loggen in met DigiD, bedrijven met eHerkenning.</p><p><a class='btn' href='/inloggen/digid'>"
                        "Inloggen met DigiD</a> <a class='btn' href='/inloggen/eherkenning'>Inloggen met eHerkenning</a></p>")
                self.add(kk, b + path, b + "/inloggen/digid", 100, host)
            elif kind == "eh":
                body = ("<p>Bedrijven doen aangifte via het ondernemersloket. Log in met eHerkenning.</p>"
                        "<p><a class='btn' href='/inloggen/eherkenning'>Inloggen met eHerkenning</a></p>")
                self.add(kk, b + path, b + "/inloggen/eherkenning", 100, host)
            elif kind == "form":
                body = "<p>Vul het formulier in: <a href='/formulieren/betalingsregeling'>Betalingsregeling aanvragen</a>.</p>"
                self.add(kk, b + path, b + "/formulieren/betalingsregeling", 67, host)
            elif kind == "pdf":
                pdf = b + "/media/formulieren/%s.pdf" % slugify(title)
                self.web.pdf(pdf, title, ["# Uw gegevens", "Vul dit formulier volledig in en stuur het met de "
                                          "bewijsstukken naar %s, Antwoordnummer 1234." % name],
                             [(l, n) for l, n in form_fields("belastingkwijtschelding")[:5]] + [("Handtekening", "handtekening")],
                             author=name)
                body = "<p>Download het formulier, vul het in en stuur het op: <a href='%s'>%s (pdf, 96 kB)</a>.</p>" % (pdf, E(title))
                self.add(kk, b + path, pdf, 33, host)
            self.page(b + path, title, "<h1>%s</h1><p>%s</p>%s" % (E(title), E(P.get(k, P["belastingkwijtschelding"])["intro"]), body), name)

    def _bghu(self, key):
        self._tax(key, "www.bghu.test", "BghU - Belastingsamenwerking gemeenten en hoogheemraadschap Utrecht", "BghU", {
            "belastingkwijtschelding": ("/kwijtschelding", "Kwijtschelding aanvragen", "digid"),
            "woz-bezwaar": ("/woz/bezwaar-maken", "Bezwaar maken tegen de WOZ-waarde", "digid-prefill"),
            "belastingaanslag-bezwaar": ("/bezwaar-aanslag", "Bezwaar tegen uw aanslag", "digid"),
            "betalingsregeling": ("/betalen/betalingsregeling", "Betalingsregeling", "form")})

    def _gbtwente(self, key):
        self._tax(key, "www.gbtwente.test", "GBTwente - Gemeentelijk Belastingkantoor Twente", "GBTwente", {
            "belastingkwijtschelding": ("/kwijtschelding-aanvragen", "Kwijtschelding aanvragen", "digid"),
            "woz-bezwaar": ("/woz-waarde/bezwaar", "Bezwaar WOZ-waarde", "de"),
            "hondenbelasting": ("/hondenbelasting", "Hond aan- of afmelden", "digid"),
            "belastingaanslag-bezwaar": ("/bezwaar", "Bezwaar maken", "de"),
            "betalingsregeling": ("/betalingsregeling", "Betalingsregeling", "form")})

    def _bsgw(self, key):
        self._tax(key, "www.bsgw.test", "BsGW - Belastingsamenwerking Gemeenten en Waterschappen", "BsGW", {
            "belastingkwijtschelding": ("/kwijtschelding", "Kwijtschelding", "digid"),
            "woz-bezwaar": ("/woz/bezwaar", "Bezwaar tegen WOZ-waarde", "de"),
            "hondenbelasting": ("/hondenbelasting-aan-afmelden", "Hondenbelasting aan- en afmelden", "digid"),
            "belastingaanslag-bezwaar": ("/bezwaar-maken", "Bezwaar maken tegen uw aanslag", "de"),
            "betalingsregeling": ("/betalingsregeling", "Betalingsregeling", "digid")})

    def _bsgr(self, key):
        self._tax(key, "www.bsgr.test", "BSGR - Belastingsamenwerking Gouwe-Rijnland", "BSGR", {
            "belastingkwijtschelding": ("/kwijtschelding", "Kwijtschelding aanvragen", "digid"),
            "belastingaanslag-bezwaar": ("/bezwaar", "Bezwaar of beroep", "de"),
            "betalingsregeling": ("/betalen/betalingsregeling", "Betalingsregeling", "digid"),
            "zuiveringsheffing": ("/bedrijven/zuiveringsheffing", "Zuiveringsheffing bedrijven", "eh")})

    def _bsr(self, key):
        self._tax(key, "www.belastingsamenwerkingrivierenland.test", "Belastingsamenwerking Rivierenland", "BSR", {
            "belastingkwijtschelding": ("/kwijtschelding", "Kwijtschelding", "digid"),
            "belastingaanslag-bezwaar": ("/bezwaar-maken", "Bezwaar maken", "de"),
            "betalingsregeling": ("/betalingsregeling", "Betalingsregeling aanvragen", "form"),
            "zuiveringsheffing": ("/ondernemers/aangifte-zuiveringsheffing", "Aangifte zuiveringsheffing", "eh")})

    # ---------------------------------------------------------- social services
    def _werkplein(self, key):
        b = "http://www.werkpleinhartvanbrabant.test"
        if "werkplein" not in self._built:
            self._built.add("werkplein")
            self.page(b + "/", "Werkplein Hart van Brabant", "<h1>Werkplein Hart van Brabant</h1><p>Voor inwoners van Tilburg, "
                      "Goirle, Hilvarenbeek, Oisterwijk, Dongen, Loon op Zand en Gilze en Rijen.</p><ul>"
                      "<li><a href='/inkomen/bijstand-aanvragen'>Bijstand aanvragen</a></li>"
                      "<li><a href='/inkomen/bijzondere-bijstand'>Bijzondere bijstand</a></li></ul>", "Werkplein Hart van Brabant")
            self.web.redirect(b + "/digid/bijstand", digid_start("werkplein", "bijstand"))
            self.web.redirect(b + "/digid/bijzondere-bijstand", digid_start("werkplein", "bijzbijst"))
            self.page(b + "/inkomen/bijstand-aanvragen", "Bijstand aanvragen",
                      "<h1>Bijstand aanvragen</h1><p>%s</p><p>U vraagt bijstand online aan. Log in met DigiD.</p>"
                      "<p><a class='btn' href='/digid/bijstand'>DigiD Bijstand aanvragen</a></p>" % E(P["bijstand"]["intro"]),
                      "Werkplein Hart van Brabant")
            self.page(b + "/inkomen/bijzondere-bijstand", "Bijzondere bijstand",
                      "<h1>Bijzondere bijstand</h1><p>%s</p><p><a class='btn' href='/digid/bijzondere-bijstand'>"
                      "Aanvragen met DigiD</a></p>" % E(P["bijzondere-bijstand"]["intro"]), "Werkplein Hart van Brabant")
        k = key.split(":")[1]
        path = {"bijstand": "/inkomen/bijstand-aanvragen", "bijzondere-bijstand": "/inkomen/bijzondere-bijstand"}[k]
        self.add(key, b + path, b + "/digid/" + k, 100, "www.werkpleinhartvanbrabant.test")

    def _werknl(self, key):
        b = "http://www.werk.test"
        if "werknl" not in self._built:
            self._built.add("werknl")
            self.page(b + "/", "werk.nl", "<h1>werk.nl</h1><ul><li><a href='/werk_nl/werknemer/uitkering-aanvragen/bijstand'>"
                      "Bijstandsuitkering aanvragen</a></li></ul>",
                      "werk.nl")
            self.web.redirect(b + "/werk_nl/inloggen/bijstand", digid_start("werk.nl", "bijstand"))
            self.page(b + "/werk_nl/werknemer/uitkering-aanvragen/bijstand", "Bijstandsuitkering aanvragen",
                      "<h1>Bijstandsuitkering aanvragen</h1><p>U vraagt een bijstandsuitkering aan via werk.nl. Uw "
                      "gemeente behandelt de aanvraag. U logt in met DigiD.</p><p><a class='button' href='/werk_nl/inloggen/bijstand'>"
                      "Inloggen met DigiD en bijstand aanvragen</a></p>", "werk.nl")
        self.add(key, b + "/werk_nl/werknemer/uitkering-aanvragen/bijstand", b + "/werk_nl/inloggen/bijstand", 100, "www.werk.test")

    # ---------------------------------------------------------- waste companies
    def _waste(self, key, host, name, products, own_login=False):
        b = "http://" + host
        k = key.split(":")[1]
        if host not in self._built:
            self._built.add(host)
            self.page(b + "/", name, "<h1>%s</h1><ul>%s</ul>" % (E(name), "".join(
                "<li><a href='%s'>%s</a></li>" % (v[0], E(v[1])) for v in products.values())), name)
            if own_login:
                self.page(b + "/mijn/inloggen", "Inloggen Mijn " + name,
                          "<h1>Inloggen</h1><form method='post' action='/mijn/inloggen'><label>E-mailadres <input name='email'></label>"
                          "<label>Wachtwoord <input type='password' name='wachtwoord'></label><button>Inloggen</button></form>"
                          "<p>Nog geen account? <a href='/mijn/registreren'>Maak een account aan</a>.</p>", name)
                self.page(b + "/mijn/registreren", "Account aanmaken", "<h1>Account aanmaken</h1><form method='post'>"
                          "<input name='email'><button>Registreren</button></form>", name)
        path, title, fpath = products[k]
        if own_login:
            self.page(b + fpath, title + " aanvragen", "<h1>%s aanvragen</h1><p>Log in met uw account van Mijn %s (e-mailadres en "
                      "wachtwoord). Daarna vult u het formulier in.</p><form method='post' action='%s'>%s<button>Aanvragen</button>"
                      "</form><p><a href='/mijn/inloggen'>Inloggen</a></p>" % (E(title), E(name), fpath, fields_html(k)), name)
        else:
            self.page(b + fpath, title + " aanvragen", "<h1>%s aanvragen</h1><form method='post' action='%s'>%s"
                      "<p>Velden met een * zijn verplicht.</p><button>Versturen</button></form>" % (E(title), fpath, fields_html(k)), name)
        self.page(b + path, title, "<h1>%s</h1><p>%s</p><p><a class='cta' href='%s'>%s aanvragen</a></p>"
                  % (E(title), E(P[k]["intro"]), fpath, E(title)), name)
        self.add(key, b + path, b + fpath, 67, host)

    def _meerlanden(self, key):
        self._waste(key, "www.meerlanden.test", "Meerlanden", {
            "grofvuil": ("/grofvuil", "Grofvuil", "/grofvuil/ophaalafspraak"),
            "afvalcontainer": ("/containers", "Container bestellen of omruilen", "/containers/aanvraagformulier")})

    def _rd4(self, key):
        self._waste(key, "www.rd4.test", "Rd4", {
            "grofvuil": ("/grof-huishoudelijk-afval", "Grof huishoudelijk afval", "/mijn/grofvuil"),
            "afvalcontainer": ("/containers", "Container aanvragen", "/mijn/container")}, own_login=True)

    def _circulus(self, key):
        self._waste(key, "www.circulus.test", "Circulus", {
            "grofvuil": ("/grofvuil", "Grofvuil", "/grofvuil/aanmelden"),
            "afvalcontainer": ("/minicontainers", "Minicontainer", "/minicontainers/wijzigen")})

    # ---------------------------------------------------------- parking portals
    def _parking(self, key):
        k = key.split(":")[1]
        host = {"haarlemmermeer": "haarlemmermeer.parkeervergunningen.test",
                "kerkrade": "kerkrade.parkeerloket.test"}[k]
        b = "http://" + host
        self.web.redirect(b + "/login/digid", digid_start(host, "parkeren"))
        self.web.redirect(b + "/login/eherkenning", eh_start(host, "parkeren", 1))
        self.page(b + "/", "Parkeervergunningen", "<h1>Parkeervergunningen %s</h1><p>Vraag uw parkeervergunning aan, wijzig "
                  "uw kenteken of koop bezoekersuren.</p><p><a class='btn' href='/login/digid'>Inloggen met DigiD</a> "
                  "<a class='btn' href='/login/eherkenning'>Inloggen voor bedrijven (eHerkenning)</a></p><p>Betalen gaat met iDEAL.</p>"
                  % k.capitalize(), "Parkeerloket " + k.capitalize())
        self.add(key, b + "/", b + "/login/digid", 100, host)

    # ---------------------------------------------------------- BIJ12, RUD
    def _bij12(self, key):
        b = "http://www.bij12.test"
        if "bij12" not in self._built:
            self._built.add("bij12")
            self.web.redirect(b + "/faunaschade/inloggen/digid", digid_start("bij12", "fauna"))
            self.web.redirect(b + "/faunaschade/inloggen/eherkenning", eh_start("bij12", "fauna", 0))
            self.page(b + "/", "BIJ12", "<h1>BIJ12</h1><p>BIJ12 voert taken uit voor de twaalf provincies.</p>"
                      "<ul><li><a href='/onderwerpen/faunazaken/tegemoetkoming-faunaschade'>Tegemoetkoming faunaschade</a></li></ul>", "BIJ12")
            self.page(b + "/onderwerpen/faunazaken/tegemoetkoming-faunaschade", "Tegemoetkoming faunaschade aanvragen",
                      "<h1>Tegemoetkoming faunaschade aanvragen</h1><p>Heeft u schade aan gewassen of vee door beschermde "
                      "dieren? Meld de schade binnen 7 werkdagen via MijnFaunazaken. U logt in met DigiD of eHerkenning. "
                      "U betaalt een behandelbijdrage.</p><p><a class='btn' href='/faunaschade/inloggen/eherkenning'>"
                      "Inloggen met eHerkenning</a> <a class='btn' href='/faunaschade/inloggen/digid'>Inloggen met DigiD</a></p>", "BIJ12")
        self.add(key, b + "/onderwerpen/faunazaken/tegemoetkoming-faunaschade", b + "/faunaschade/inloggen/eherkenning",
                 100, "www.bij12.test")

    def _rud(self, key):
        b = "http://www.rudzeeland.test"
        pdf = b + "/documents/aanvraagformulier-ontbrandingstoestemming.pdf"
        self.web.pdf(pdf, "Aanvraagformulier ontbrandingstoestemming / melding vuurwerk",
                     ["Stuur dit formulier volledig ingevuld en ondertekend naar RUD Zeeland, ten minste 8 weken voor de "
                      "ontbranding (toestemming) of 14 dagen (melding)."],
                     [("Naam vuurwerkbedrijf", "bedrijf"), ("KvK-nummer", "kvk"), ("Datum ontbranding", "datum"),
                      ("Locatie", "locatie"), ("Hoeveelheid vuurwerk (kg)", "kg"), ("Handtekening", "handtekening")],
                     author="RUD Zeeland")
        self.page(b + "/", "RUD Zeeland", "<h1>Regionale Uitvoeringsdienst Zeeland</h1><ul><li><a href='/vergunningen/vuurwerk'>"
                  "Vuurwerk afsteken</a></li></ul>", "RUD Zeeland")
        self.page(b + "/vergunningen/vuurwerk", "Vuurwerk afsteken", "<h1>Ontbrandingstoestemming en melding vuurwerk</h1>"
                  "<p>De RUD Zeeland behandelt namens de provincie Zeeland de aanvragen voor het afsteken van professioneel "
                  "vuurwerk.</p><p><a href='%s'>Aanvraagformulier ontbrandingstoestemming (PDF, 88 kB)</a></p>" % pdf, "RUD Zeeland")
        self.add(key, b + "/vergunningen/vuurwerk", pdf, 33, "www.rudzeeland.test")


def appointment_page(web, host, org, product_title, kind="jcc"):
    """appointment booking page (a real <form>, but a booking is not a request)"""
    b = "http://" + host
    if kind == "jcc":
        url = b + "/JCC/G-Plan/afspraak-maken"
        title = "Afspraak maken"
    else:
        url = b + "/qmaticwebbooking/"
        title = "Online afspraak maken"
    if not web.has(url):
        web.put(url, simple_page(title + " - " + org.name,
                                 "<h1>%s</h1><p>Kies het product, een datum en een tijd.</p><form method='post' action='%s'>"
                                 "<select name='product'><option>Paspoort aanvragen</option><option>Identiteitskaart aanvragen</option>"
                                 "<option>Rijbewijs aanvragen</option><option>Aangifte geboorte</option><option>Uittreksel BRP</option>"
                                 "</select><input type='date' name='datum'><select name='tijd'><option>09:00</option>"
                                 "<option>09:15</option></select><label>Naam <input name='naam'></label><label>E-mail "
                                 "<input name='email'></label><button>Afspraak bevestigen</button></form>" % (title, url)))
    return url
