import csv, io
text = 'name,age,city\r\nAlice,30,"New York, NY"\r\n"Bob ""B"" Smith",25,\r\n\r\nCarol,,"multi\nline"\r\n'
rows = list(csv.reader(io.StringIO(text, newline="")))
print(rows)
r = csv.reader(["a;b;c", "1;'2;3';4"], delimiter=";", quotechar="'")
print(list(r), r.line_num, r.dialect.delimiter)
print(list(csv.reader(["x, y,  z"], skipinitialspace=True)), list(csv.reader(['1,"2",three'], quoting=csv.QUOTE_NONNUMERIC)) if False else "")
print(list(csv.reader(['1,2.5,"three"'], quoting=csv.QUOTE_NONNUMERIC)))
out = io.StringIO()
w = csv.writer(out)
print(w.writerow(["plain", "has,comma", 'has "quote"', "new\nline", 3, 2.5, None, True, ""]))
w.writerows([[1, 2], [""], []])
print(repr(out.getvalue()))
for q in [csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_MINIMAL]:
    o = io.StringIO()
    csv.writer(o, quoting=q, lineterminator="\n").writerow(["a", 1, 2.0, "b c"])
    print(repr(o.getvalue()))
o = io.StringIO()
csv.writer(o, quoting=csv.QUOTE_NONE, escapechar="\\").writerow(["a,b", 'q"'])
print(repr(o.getvalue()))
try:
    csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE).writerow(["a,b"])
except csv.Error as e:
    print("Error:", e)
data = io.StringIO("id,name,score\n1,ann,90\n2,bob\n3,cy,70,extra\n")
dr = csv.DictReader(data, restval="N/A", restkey="more")
print(dr.fieldnames)
for row in dr:
    print(row, dr.line_num)
o = io.StringIO()
dw = csv.DictWriter(o, fieldnames=["id", "name"], lineterminator="\n")
dw.writeheader()
dw.writerow({"id": 1, "name": "x"})
dw.writerows([{"id": 2}, {"name": "only"}])
print(o.getvalue())
try:
    dw.writerow({"id": 1, "bogus": 2})
except ValueError as e:
    print(e)
csv.register_dialect("pipes", delimiter="|", quoting=csv.QUOTE_MINIMAL)
print(list(csv.reader(["a|b|c"], dialect="pipes")), "pipes" in csv.list_dialects())
try:
    csv.get_dialect("nope")
except csv.Error as e:
    print(e)
try:
    list(csv.reader(['a,"b'], strict=True))
except csv.Error as e:
    print(e)
print(list(csv.reader(['a,"b'])), list(csv.reader(['a,"b"c,d'])))
try:
    csv.reader(["a"], delimiter="::")
except TypeError as e:
    print(e)
with open("tmp_scores.csv", "w", newline="") as f:
    writer = csv.writer(f)
    writer.writerow(["name", "score"])
    writer.writerows([["a", 1], ["b", 2]])
with open("tmp_scores.csv", newline="") as f:
    print([row for row in csv.DictReader(f)])
import os
os.remove("tmp_scores.csv")
