import json, re, sys, glob, os
from collections import Counter
D = sys.argv[1]
TYPES = {"AGREE","CONSULT","SUPPORT","CONCEDE","COOPERATE","AID","RETREAT","REQUEST","ACCUSE","REJECT","THREATEN","PROTEST","SANCTION","MOBILIZE","COERCE","ASSAULT"}
QM = re.compile(r'["“”‘’\'«»„]')
def norm(s): return re.sub(r'\s+', ' ', QM.sub('', s)).strip()
ok = True; tot = Counter()
def bad(msg):
    global ok; ok = False; print("  FAIL:", msg)
for jp in sorted(glob.glob(os.path.join(D, 'h*.json'))):
    d = json.load(open(jp, encoding='utf-8'))
    a = d['article']; tf = os.path.join(D, a['text_file'])
    print(os.path.basename(jp))
    if a['id'] + '.json' != os.path.basename(jp): bad('id/name mismatch')
    if not os.path.exists(tf): bad('missing text file'); continue
    raw = open(tf, encoding='utf-8').read(); text = norm(raw)
    nw = len(raw.split())
    if not 300 <= nw <= 550: bad(f'word count {nw}')
    if not re.fullmatch(r'\d{4}-\d\d-\d\d', a['published']): bad('published')
    kinds = Counter()
    for q in d['quotes']:
        kinds[q['kind']] += 1
        if q['kind'] not in ('direct','indirect','mixed'): bad(f'kind {q["kind"]}')
        if not q['speaker'] or any(s.lower() in ('he','she','they') for s in q['speaker']): bad(f'speaker {q["speaker"]}')
        c = norm(q['content'])
        if c not in text:
            first8 = ' '.join(c.split()[:8])
            if first8 in text and len(c.split()) > 8: pass
            else: bad(f'quote not in text: {q["content"][:70]}')
    req = opt = 0; triples = Counter()
    for e in d['events']:
        for t in e['type']:
            if t not in TYPES: bad(f'type {t}')
        if '*' in e['target'] and e['target'] != ['*']: bad(f'* not alone: {e["target"]}')
        if 'evidence' in e and norm(e['evidence']) not in text: bad(f'evidence not in text: {e["evidence"][:70]}')
        if 'date' in e and not re.fullmatch(r'\d{4}-\d\d-\d\d', e['date']): bad('date')
        if e.get('optional'): opt += 1
        else:
            req += 1
            for s in e['source']:
                for t in e['target']:
                    for ty in e['type']: triples[(s,t,ty)] += 1
    dup = [k for k,v in triples.items() if v > 1]
    if dup: bad(f'overlapping required triples {dup}')
    print(f"  words={nw} quotes={len(d['quotes'])} {dict(kinds)} events required={req} optional={opt}")
    tot['articles'] += 1; tot['words'] += nw; tot['quotes'] += len(d['quotes']); tot.update({'q_'+k: v for k,v in kinds.items()}); tot['req'] += req; tot['opt'] += opt
print(dict(tot)); print('OK' if ok else 'FAILED')
