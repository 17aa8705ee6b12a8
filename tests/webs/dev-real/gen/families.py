"""Product page templates of the CMS families (the main content only; the layout wraps it)."""
from web import E, h
from content import P


def _ul(items):
    return "<ul>%s</ul>" % "".join("<li>%s</li>" % E(i) for i in items)


def _ctas(r, cls="cta-block"):
    return "<div class='%s'>%s</div>" % (cls, " ".join(r.ctas)) if r.ctas else ""


def go_drupal(site, pk, title, r):
    """GemeenteOplossingen/Drupal toptaken template (Zutphen)"""
    p = P[pk]
    return ("<article class='node node--type-product'><h1 class='page-title'>%s</h1>"
            "<div class='field--name-field-intro'><p>%s</p></div>"
            "<h2>Wat is het?</h2><p>%s</p>"
            "<h2>Hoe werkt het?</h2>%s%s"
            "<h2>Wat moet ik doen?</h2>%s"
            "<h2>Wat heb ik nodig?</h2>%s"
            "<h2>Wat kost het?</h2><p>%s</p>"
            "<h2>Hoe lang duurt het?</h2><p>%s</p>"
            "<h2>Bezwaar maken</h2><p>Bent u het niet eens met het besluit? Dan kunt u binnen 6 weken bezwaar maken.</p>"
            "</article>" % (E(title), E(p["intro"].split(". ")[0] + "."), E(p["intro"]), "".join(r.text),
                            "" if r.ctas else "", _ctas(r, "go-cta") or "<p>Zie hierboven.</p>", _ul(p["nodig"]),
                            E(p["kosten"]), E(p["duur"])))


def iprox(site, pk, title, r):
    """iProx accordion (Borne)"""
    p = P[pk]
    secs = [("Omschrijving", "<p>%s</p>" % E(p["intro"])),
            ("Aanvragen", "".join(r.text) + _ctas(r, "iprox-cta")),
            ("Benodigdheden", _ul(p["nodig"])), ("Kosten", "<p>%s</p>" % E(p["kosten"])),
            ("Termijn", "<p>%s</p>" % E(p["duur"]))]
    acc = "".join("<div class='grid-blok type-accordeon'><h2 class='accordeon-kop'><button aria-expanded='false'>%s</button>"
                  "</h2><div class='accordeon-inhoud'>%s</div></div>" % (E(a), b) for a, b in secs)
    return "<div class='iprox-content'><h1>%s</h1>%s</div>" % (E(title), acc)


def productid(site, pk, title, r):
    """older product-catalogue template (Houten)"""
    p = P[pk]
    return ("<div id='product'><h1>%s</h1><div class='samenvatting'><p>%s</p></div>"
            "<div class='product-actie'>%s</div>"
            "<h2>Wat moet ik doen?</h2>%s"
            "<h2>Wat moet ik meenemen?</h2>%s<h2>Kosten</h2><p>%s</p><h2>Termijn</h2><p>%s</p>"
            "<h2>Meer informatie</h2><p>Heeft u nog vragen? Bel ons via 14 030.</p></div>"
            % (E(title), E(p["intro"]), _ctas(r, "btn-group"), "".join(r.text) or "<p>Zie hieronder.</p>",
               _ul(p["nodig"]), E(p["kosten"]), E(p["duur"])))


def pdc_loket(site, pk, title, r):
    """PDC catalogue with Product informatie / details (Pekela loket)"""
    p = P[pk]
    return ("<div class='pdc-product'><h1>%s</h1><section class='product-informatie'><h2>Product informatie</h2>"
            "<details open><summary>Inleiding</summary><p>%s</p></details>"
            "<details><summary>Voorwaarden</summary>%s</details>"
            "<details open><summary>Aanpak</summary>%s%s</details>"
            "<details><summary>Kosten</summary><p>%s</p></details>"
            "<details><summary>Termijn</summary><p>%s</p></details></section></div>"
            % (E(title), E(p["intro"]), _ul(p["nodig"]), "".join(r.text), _ctas(r, "direct-regelen"), E(p["kosten"]), E(p["duur"])))


def owc(site, pk, title, r):
    """OpenWebConcept PDC item (Goirle)"""
    p = P[pk]
    return ("<article class='pdc-item'><h1>%s</h1><div class='pdc-item__intro'><p>%s</p></div>"
            "<div class='pdc-item__digid'>%s</div>"
            "<div class='pdc-item__tabs'><h2>Hoe werkt het?</h2>%s<h2>Voorwaarden</h2>%s<h2>Kosten</h2><p>%s</p>"
            "<h2>Hoe lang duurt het?</h2><p>%s</p></div></article>"
            % (E(title), E(p["intro"]), _ctas(r, "pdc-item__forms"), "".join(r.text), _ul(p["nodig"]), E(p["kosten"]), E(p["duur"])))


def topic(site, pk, title, r):
    """topic/slug site with 'Direct regelen' box (Lansingerland)"""
    p = P[pk]
    box = ("<aside class='direct-regelen'><h2>Direct regelen</h2>%s</aside>" % _ctas(r)) if r.ctas else ""
    return ("<h1>%s</h1>%s<div class='text'><p>%s</p>%s<h2>Wat u moet weten</h2>%s<h2>Kosten</h2><p>%s</p>"
            "<h2>Hoe lang duurt het?</h2><p>%s</p></div>"
            % (E(title), box, E(p["intro"]), "".join(r.text), _ul(p["nodig"]), E(p["kosten"]), E(p["duur"])))


def catalog(site, pk, title, r):
    """product catalogue with a definition table (Kerkrade)"""
    p = P[pk]
    rows = [("Omschrijving", "<p>%s</p>" % E(p["intro"])), ("Aanvragen", "".join(r.text) + _ctas(r)),
            ("Meenemen", _ul(p["nodig"])), ("Kosten", "<p>%s</p>" % E(p["kosten"])), ("Levertijd", "<p>%s</p>" % E(p["duur"]))]
    return "<h1>%s</h1><dl class='product-details'>%s</dl>" % (
        E(title), "".join("<dt>%s</dt><dd>%s</dd>" % (E(a), b) for a, b in rows))


def nlds(site, pk, title, r):
    """NL Design System / Utrecht components (Haarlemmermeer)"""
    p = P[pk]
    ctas = "".join("<p class='utrecht-paragraph'>%s</p>" % c for c in r.ctas)
    return ("<h1 class='utrecht-heading-1'>%s</h1><p class='utrecht-paragraph utrecht-paragraph--lead'>%s</p>"
            "<section class='aanvragen'><h2 class='utrecht-heading-2'>Aanvragen</h2>%s%s</section>"
            "<h2 class='utrecht-heading-2'>Wat heeft u nodig?</h2>%s<h2 class='utrecht-heading-2'>Kosten</h2>"
            "<p class='utrecht-paragraph'>%s</p><h2 class='utrecht-heading-2'>Hoe lang duurt het?</h2><p>%s</p>"
            % (E(title), E(p["intro"]), "".join(r.text), ctas, _ul(p["nodig"]), E(p["kosten"]), E(p["duur"])))


def prov(site, pk, title, r):
    """provincial 'loket' page: Voor wie / Wat / Hoe aanvragen"""
    p = P[pk]
    return ("<h1>%s</h1><p class='intro'>%s</p><h2>Voor wie?</h2><p>Particulieren, bedrijven en organisaties.</p>"
            "<h2>Wat heeft u nodig?</h2>%s<h2>Hoe vraagt u het aan?</h2>%s%s<h2>Kosten en termijn</h2><p>%s %s</p>"
            % (E(title), E(p["intro"]), _ul(p["nodig"]), "".join(r.text), _ctas(r, "aanvragen"), E(p["kosten"]), E(p["duur"])))


def water(site, pk, title, r):
    """WordPress water board page"""
    p = P[pk]
    return ("<article class='post type-page'><h1 class='entry-title'>%s</h1><div class='entry-content'><p>%s</p>"
            "<h3>Zo werkt het</h3>%s%s<h3>Wat heeft u nodig?</h3>%s<h3>Kosten</h3><p>%s</p><p>%s</p></div></article>"
            % (E(title), E(p["intro"]), "".join(r.text), _ctas(r, "wp-block-buttons"), _ul(p["nodig"]), E(p["kosten"]), E(p["duur"])))
