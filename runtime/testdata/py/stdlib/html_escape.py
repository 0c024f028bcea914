# html.escape and html.unescape; html.entities tables.
import html
import html.entities

print(html.escape("<a href=\"x\">Tom & Jerry's</a>"), html.escape("<'\">", quote=False))
for s in ["&lt;p&gt; &amp;amp; &quot;q&quot; &#39;s&#x27;", "&copy 2024 &copy; &COPY;",
          "&eacute;t&eacute; &Eacute;", "&#8364; &#x20AC; &#X20ac &#128; &#0; &#x110000; &#xD800;",
          "&#1; &#65534; &#13;", "&nbsp;|&hellip;|&rarr;|&mdash;|&lang;", "&notin; &notit; &nosuch; & alone",
          "no refs", "&amp", "&ampersand", "&#;", "&#x;", "a&#65b"]:
    print(repr(html.unescape(s)))
print(html.entities.name2codepoint["amp"], html.entities.codepoint2name[8364], html.entities.entitydefs["lt"])
print(len(html.entities.name2codepoint), html.entities.html5["gt;"], html.entities.html5["GT"])
