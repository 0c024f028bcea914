# logging.FileHandler, logging.basicConfig(filename=...) and csv over real files, read back
# and removed by the program.
import csv
import logging
import os

log = logging.getLogger("files_demo")
log.setLevel(logging.DEBUG)
handler = logging.FileHandler("logcsv_tmp.log", mode="w", encoding="utf-8")
handler.setFormatter(logging.Formatter("%(levelname)s:%(name)s:%(message)s"))
log.addHandler(handler)
log.debug("starting %d", 1)
log.warning("careful")
try:
    1 / 0
except ZeroDivisionError:
    log.exception("failed")
print(os.path.basename(handler.baseFilename), handler.mode, handler.encoding)
handler.close()
log.removeHandler(handler)
with open("logcsv_tmp.log", encoding="utf-8") as f:
    lines = f.read().splitlines()
print(lines[:3], lines[-1], len(lines) > 4)

handler = logging.FileHandler("logcsv_tmp.log", delay=True)
print(handler.stream)
log.addHandler(handler)
log.info("appended")
handler.close()
log.removeHandler(handler)
with open("logcsv_tmp.log") as f:
    print(f.read().splitlines()[-1])

logging.basicConfig(filename="logcsv_basic_tmp.log", filemode="w", level=logging.INFO,
                    format="%(levelname)s %(message)s")
logging.info("to the file")
logging.debug("filtered out")
logging.error("an error")
root_handler = logging.getLogger().handlers[0]
print(type(root_handler).__name__)
root_handler.close()
logging.getLogger().removeHandler(root_handler)
with open("logcsv_basic_tmp.log") as f:
    print(f.read().splitlines())

rows = [["name", "qty", "note"], ["apple", 3, "red, round"], ["pear", 0, 'say "hi"'], ["fig", 12, "two\nlines"]]
with open("logcsv_tmp.csv", "w", newline="") as f:
    writer = csv.writer(f)
    writer.writerows(rows)
with open("logcsv_tmp.csv", "rb") as f:
    print(f.read())
with open("logcsv_tmp.csv", newline="") as f:
    print(list(csv.reader(f)))
with open("logcsv_tmp.csv", newline="") as f:
    for row in csv.DictReader(f):
        print(dict(row))
with open("logcsv_dict_tmp.csv", "w", newline="") as f:
    w = csv.DictWriter(f, fieldnames=["id", "score"])
    w.writeheader()
    w.writerow({"id": 1, "score": 9.5})
    w.writerows([{"id": 2, "score": 7}, {"id": 3}])
with open("logcsv_dict_tmp.csv") as f:
    print(repr(f.read()))
with open("logcsv_dict_tmp.csv", newline="") as f:
    print(sum(float(r["score"] or 0) for r in csv.DictReader(f)))

for name in ["logcsv_tmp.log", "logcsv_basic_tmp.log", "logcsv_tmp.csv", "logcsv_dict_tmp.csv"]:
    os.remove(name)
print([os.path.exists(n) for n in ["logcsv_tmp.log", "logcsv_tmp.csv"]])
