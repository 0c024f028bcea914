import html
print(html.escape("<a href=\"x\">Tom & Jerry's</a>"), html.escape("<b>", quote=False))
print(html.unescape("&lt;p&gt; &amp;amp; &quot;q&quot; &#39;s&#39; &#x41;&#66; &copy; 2024 &euro;5 &nbsp;x &bogus; &amp"))
