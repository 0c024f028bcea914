import keyword

print(keyword.kwlist)
print(keyword.softkwlist[:3])
print(len(keyword.kwlist), keyword.iskeyword("for"), keyword.iskeyword("print"), keyword.iskeyword("match"))
print("soft?", keyword.issoftkeyword("match"), keyword.issoftkeyword("_"), keyword.issoftkeyword("if"))
print([w for w in ["class", "klass", "None", "none", "async", "await"] if keyword.iskeyword(w)])
