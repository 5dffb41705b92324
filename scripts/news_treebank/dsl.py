# Shorthand in which data/nlp/news_en.conllu was written by hand (see README.md): phrases of "form/XPOS[/rel][@k]" tokens.
import re
REL = {'desc': 'nmod:desc', 'poss': 'nmod:poss', 'comp': 'compound', 'flat': 'flat', 'amod': 'amod',
       'det': 'det', 'num': 'nummod', 'adv': 'advmod', 'case': 'case', 'prt': 'compound:prt'}
NNS_EX = {'people': 'people', 'children': 'child', 'men': 'man', 'women': 'woman', 'police': 'police',
          'forces': 'force', 'troops': 'troop', 'talks': 'talk', 'news': 'news', 'offices': 'office',
          'sources': 'source', 'sanctions': 'sanction', 'services': 'service', 'businesses': 'business',
          'crises': 'crisis', 'charges': 'charge', 'measures': 'measure', 'refugees': 'refugee',
          'ties': 'tie', 'allies': 'ally', 'militias': 'militia', 'vehicles': 'vehicle', 'rights': 'right',
          'supplies': 'supply', 'casualties': 'casualty', 'authorities': 'authority', 'parties': 'party',
          'countries': 'country', 'embassies': 'embassy', 'lives': 'life', 'premises': 'premises',
          'analyses': 'analysis', 'courses': 'course', 'houses': 'house', 'purposes': 'purpose',
          'responses': 'response', 'exercises': 'exercise', 'cases': 'case', 'bases': 'base',
          'releases': 'release', 'vessels': 'vessel', 'missiles': 'missile', 'issues': 'issue',
          'hostages': 'hostage', 'villages': 'village', 'colleagues': 'colleague', 'grievances': 'grievance',
          'executives': 'executive', 'representatives': 'representative', 'ministries': 'ministry',
          'facilities': 'facility', 'activities': 'activity', 'policies': 'policy', 'cities': 'city',
          'communities': 'community', 'companies': 'company', 'agencies': 'agency', 'bodies': 'body',
          'guarantees': 'guarantee', 'employees': 'employee', 'advances': 'advance', 'votes': 'vote',
          'tariffs': 'tariff', 'chiefs': 'chief', 'boxes': 'box', 'taxes': 'tax', 'witnesses': 'witness',
          'buses': 'bus', 'prices': 'price', 'forces': 'force', 'differences': 'difference',
          'sites': 'site', 'routes': 'route', 'lines': 'line', 'zones': 'zone', 'guides': 'guide',
          'states': 'state', 'tribes': 'tribe', 'judges': 'judge', 'fees': 'fee', 'goods': 'good',
          'medicines': 'medicine', 'pledges': 'pledge', 'nurses': 'nurse', 'schools': 'school',
          'shelters': 'shelter', 'leaves': 'leave'}
PRON = {'he': 'he', 'she': 'she', 'it': 'it', 'they': 'they', 'we': 'we', 'its': 'its', 'their': 'their',
        'his': 'his', 'her': 'her', 'them': 'they', 'him': 'he', 'i': 'I', 'our': 'our', 'us': 'we',
        'which': 'which', 'who': 'who', 'that': 'that', 'itself': 'itself', 'themselves': 'themselves'}
VL = {}
GUESSES = set()
import os
_LEMMAS = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'lemmas.txt')
if os.path.exists(_LEMMAS):
    for line in open(_LEMMAS):
        a = line.split()
        if len(a) == 2: VL[a[0]] = a[1]
def guess_verb(low):
    if low in VL: return VL[low]
    for suf in ('ed', 'ing'):
        if low.endswith(suf):
            st = low[:-len(suf)]
            if st.endswith('i') and suf == 'ed': return st[:-1] + 'y'
            if len(st) > 2 and st[-1] == st[-2] and st[-1] not in 'lsfz': return st[:-1]
            if re.search(r'[^aeiou][aeiou][^aeiouwxy]$', st) and not re.search(r'(en|er|on|it|et|al|ol|ar|or|el|om|ain|ear|eal)$', st): return st + 'e'
            if re.search(r'(at|iz|is|uc|ag|ur|ov|ct|ng|rs|rc|rv|as|ul|ud|ut|yz|ys)$', st) and not st.endswith(('ect', 'ing', 'ict', 'act')): return st + 'e'
            return st
    return low  # verb form -> lemma, filled by V()
IRR = {'said': 'say', 'held': 'hold', 'met': 'meet', 'sent': 'send', 'took': 'take', 'taken': 'take',
       'gave': 'give', 'given': 'give', 'made': 'make', 'told': 'tell', 'led': 'lead', 'left': 'leave',
       'struck': 'strike', 'shot': 'shoot', 'fought': 'fight', 'sought': 'seek', 'brought': 'bring',
       'broke': 'break', 'broken': 'break', 'won': 'win', 'lost': 'lose', 'began': 'begin', 'begun': 'begin',
       'seized': 'seize', 'hit': 'hit', 'kept': 'keep', 'withdrew': 'withdraw', 'withdrawn': 'withdraw',
       'froze': 'freeze', 'frozen': 'freeze', 'paid': 'pay', 'laid': 'lay', 'set': 'set', 'put': 'put',
       'cut': 'cut', 'spoke': 'speak', 'spoken': 'speak', 'flew': 'fly', 'went': 'go', 'came': 'come',
       'drew': 'draw', 'stood': 'stand', 'rose': 'rise', 'fell': 'fall', 'forbade': 'forbid',
       'sold': 'sell', 'bought': 'buy', 'wrote': 'write', 'written': 'write', 'undertook': 'undertake',
       'overthrew': 'overthrow', 'arrived': 'arrive', 'drove': 'drive', 'threw': 'throw', 'blew': 'blow',
       'has': 'have', 'lent': 'lend', 'retook': 'retake', 'retaken': 'retake', 'beaten': 'beat', 'beat': 'beat', 'sworn': 'swear', 'swore': 'swear', 'arisen': 'arise', 'stolen': 'steal', 'stole': 'steal', 'sank': 'sink', 'sunk': 'sink', 'forgave': 'forgive', 'shook': 'shake', 'fed': 'feed', 'bound': 'bind', 'dealt': 'deal', 'spent': 'spend', 'built': 'build', 'lit': 'light', 'bid': 'bid', 'quit': 'quit', 'sped': 'speed', 'upset': 'upset', 'understood': 'understand', 'oversaw': 'oversee', 'overseen': 'oversee', 'foresaw': 'foresee', 'knew': 'know', 'known': 'know', 'grew': 'grow', 'grown': 'grow', 'chose': 'choose', 'chosen': 'choose', 'saw': 'see', 'seen': 'see', 'got': 'get', 'gotten': 'get', 'thought': 'think', 'taught': 'teach', 'caught': 'catch', 'slain': 'slay', 'slew': 'slay', 'tore': 'tear', 'torn': 'tear', 'wore': 'wear', 'hung': 'hang', 'according': 'accord', 'suspected': 'suspect', 'alleged': 'allege', 'have': 'have', 'had': 'have', 'was': 'be', 'were': 'be', 'is': 'be', 'are': 'be',
       'been': 'be', 'be': 'be', 'did': 'do', 'does': 'do', 'do': 'do', 'will': 'will', 'would': 'would',
       'could': 'could', 'may': 'may', 'might': 'might', 'must': 'must', 'should': 'should', 'can': 'can',
       'says': 'say', 'met': 'meet', 'bombed': 'bomb', 'shelled': 'shell', 'saying': 'say',
       'ran': 'run', 'became': 'become', 'found': 'find', 'heard': 'hear', 'meant': 'mean', 'felt': 'feel',
       'hid': 'hide', 'hidden': 'hide', 'rebuilt': 'rebuild', 'fled': 'flee', 'killed': 'kill',
       'wounded': 'wound', 'agreed': 'agree', 'urged': 'urge', 'used': 'use', 'closed': 'close',
       'accused': 'accuse', 'refused': 'refuse', 'released': 'release', 'opposed': 'oppose',
       'imposed': 'impose', 'praised': 'praise', 'condemned': 'condemn', 'proposed': 'propose',
       'signed': 'sign', 'announced': 'announce', 'declined': 'decline', 'pledged': 'pledge',
       'promised': 'promise', 'welcomed': 'welcome', 'hosted': 'host', 'arrested': 'arrest',
       'expelled': 'expel', 'extradited': 'extradite', 'criticized': 'criticize', 'criticised': 'criticise',
       'denounced': 'denounce', 'demanded': 'demand', 'rejected': 'reject', 'donated': 'donate',
       'delivered': 'deliver', 'denied': 'deny', 'rejected': 'reject', 'launched': 'launch',
       'carried': 'carry', 'tried': 'try', 'accompanied': 'accompany', 'supplied': 'supply',
       'threatened': 'threaten', 'warned': 'warn', 'asked': 'ask', 'called': 'call', 'visited': 'visit',
       'offered': 'offer', 'ordered': 'order', 'attacked': 'attack', 'raided': 'raid', 'detained': 'detain',
       'charged': 'charge', 'sentenced': 'sentence', 'executed': 'execute', 'deployed': 'deploy',
       'evacuated': 'evacuate', 'recalled': 'recall', 'summoned': 'summon', 'suspended': 'suspend',
       'resumed': 'resume', 'restored': 'restore', 'approved': 'approve', 'vetoed': 'veto',
       'blocked': 'block', 'banned': 'ban', 'stopped': 'stop', 'planned': 'plan', 'admitted': 'admit',
       'committed': 'commit', 'submitted': 'submit', 'permitted': 'permit', 'occurred': 'occur',
       'preferred': 'prefer', 'referred': 'refer', 'transferred': 'transfer', 'dropped': 'drop',
       'kidnapped': 'kidnap', 'abducted': 'abduct', 'injured': 'injure', 'captured': 'capture',
       'destroyed': 'destroy', 'damaged': 'damage', 'bombarded': 'bombard', 'ambushed': 'ambush',
       'protested': 'protest', 'demonstrated': 'demonstrate', 'marched': 'march', 'gathered': 'gather',
       'rallied': 'rally', 'appealed': 'appeal', 'negotiated': 'negotiate', 'mediated': 'mediate',
       'brokered': 'broker', 'discussed': 'discuss', 'invited': 'invite', 'canceled': 'cancel',
       'cancelled': 'cancel', 'postponed': 'postpone', 'blamed': 'blame', 'apologized': 'apologize',
       'thanked': 'thank', 'congratulated': 'congratulate', 'endorsed': 'endorse', 'supported': 'support',
       'backed': 'back', 'recognized': 'recognize', 'provided': 'provide', 'granted': 'grant',
       'extended': 'extend', 'expanded': 'expand', 'reduced': 'reduce', 'lifted': 'lift', 'eased': 'ease',
       'tightened': 'tighten', 'increased': 'increase', 'ended': 'end', 'started': 'start',
       'reached': 'reach', 'concluded': 'conclude', 'completed': 'complete', 'adopted': 'adopt',
       'passed': 'pass', 'ratified': 'ratify', 'dismissed': 'dismiss', 'fired': 'fire', 'appointed': 'appoint',
       'elected': 'elect', 'resigned': 'resign', 'nominated': 'nominate', 'named': 'name',
       'investigated': 'investigate', 'questioned': 'question', 'interrogated': 'interrogate',
       'tortured': 'torture', 'freed': 'free', 'pardoned': 'pardon', 'deported': 'deport',
       'convicted': 'convict', 'acquitted': 'acquit', 'fined': 'fine', 'seized': 'seize',
       'confiscated': 'confiscate', 'occupied': 'occupy', 'invaded': 'invade', 'annexed': 'annex',
       'surrounded': 'surround', 'besieged': 'besiege', 'stormed': 'storm', 'targeted': 'target',
       'fired': 'fire', 'intercepted': 'intercept', 'tested': 'test', 'reported': 'report',
       'confirmed': 'confirm', 'stated': 'state', 'added': 'add', 'insisted': 'insist', 'claimed': 'claim',
       'acknowledged': 'acknowledge', 'expressed': 'express', 'voiced': 'voice', 'hailed': 'hail',
       'described': 'describe', 'vowed': 'vow', 'decided': 'decide', 'failed': 'fail', 'managed': 'manage',
       'helped': 'help', 'allowed': 'allow', 'forced': 'force', 'encouraged': 'encourage',
       'persuaded': 'persuade', 'pressed': 'press', 'pushed': 'push', 'aimed': 'aim', 'sought': 'seek',
       'returned': 'return', 'traveled': 'travel', 'travelled': 'travel', 'departed': 'depart',
       'toured': 'tour', 'inspected': 'inspect', 'monitored': 'monitor', 'observed': 'observe',
       'boycotted': 'boycott', 'cooperated': 'cooperate', 'collaborated': 'collaborate', 'joined': 'join',
       'formed': 'form', 'established': 'establish', 'opened': 'open', 'shut': 'shut', 'dissolved': 'dissolve',
       'broadcast': 'broadcast', 'published': 'publish', 'issued': 'issue', 'filed': 'file',
       'sued': 'sue', 'ruled': 'rule', 'upheld': 'uphold', 'overturned': 'overturn', 'struck': 'strike',
       'exchanged': 'exchange', 'shelled': 'shell', 'clashed': 'clash', 'fought': 'fight',
       'retaliated': 'retaliate', 'responded': 'respond', 'hosted': 'host', 'received': 'receive',
       'accepted': 'accept', 'welcomed': 'welcome', 'pledged': 'pledge', 'allocated': 'allocate',
       'funded': 'fund', 'financed': 'finance', 'loaned': 'loan', 'sold': 'sell', 'exported': 'export',
       'imported': 'import', 'shipped': 'ship', 'airlifted': 'airlift', 'distributed': 'distribute',
       'rescued': 'rescue', 'treated': 'treat', 'buried': 'bury', 'mourned': 'mourn', 'killed': 'kill',
       'escaped': 'escape', 'surrendered': 'surrender', 'defected': 'defect', 'mutinied': 'mutiny',
       'rebelled': 'rebel', 'revolted': 'revolt', 'assassinated': 'assassinate', 'murdered': 'murder',
       'massacred': 'massacre', 'poisoned': 'poison', 'looted': 'loot', 'burned': 'burn', 'torched': 'torch',
       'vandalized': 'vandalize', 'searched': 'search', 'expected': 'expect', 'hoped': 'hope',
       'wanted': 'want', 'needed': 'need', 'continued': 'continue', 'tried': 'try', 'attempted': 'attempt',
       'noted': 'note', 'stressed': 'stress', 'emphasized': 'emphasize', 'announced': 'announce',
       'declared': 'declare', 'proclaimed': 'proclaim', 'reaffirmed': 'reaffirm', 'renewed': 'renew',
       'repeated': 'repeat', 'reiterated': 'reiterate', 'repatriated': 'repatriate', 'arranged': 'arrange',
       'organized': 'organize', 'staged': 'stage', 'conducted': 'conduct', 'carried': 'carry',
       'killing': 'kill', 'calling': 'call', 'demanding': 'demand', 'accusing': 'accuse', 'citing': 'cite',
       'protesting': 'protest', 'urging': 'urge', 'leaving': 'leave', 'wounding': 'wound',
       'warning': 'warn', 'blaming': 'blame', 'seeking': 'seek', 'following': 'follow', 'holding': 'hold',
       'carrying': 'carry', 'meeting': 'meet', 'fighting': 'fight', 'talking': 'talk', 'negotiating': 'negotiate',
       'trying': 'try', 'working': 'work', 'preparing': 'prepare', 'considering': 'consider',
       'planning': 'plan', 'discussing': 'discuss', 'reviewing': 'review', 'investigating': 'investigate',
       'monitoring': 'monitor', 'increasing': 'increase', 'helping': 'help', 'supporting': 'support',
       'refusing': 'refuse', 'threatening': 'threaten', 'saying': 'say', 'denying': 'deny',
       'rejecting': 'reject', 'condemning': 'condemn', 'defending': 'defend', 'claiming': 'claim'}

def lemma_of(form, xpos):
    low = form.lower()
    if xpos == 'NNP': return form
    if xpos == 'NNPS':
        if form.endswith('ies'): return form[:-3] + 'y'
        return form[:-1] if form.endswith('s') else form
    if xpos == 'NNS':
        if low in NNS_EX: return NNS_EX[low]
        if low.endswith('ies'): return low[:-3] + 'y'
        if re.search(r'(ss|sh|ch|x)es$', low): return low[:-2]
        if low.endswith('s'): return low[:-1]
        return low
    if xpos.startswith('VB') or xpos == 'MD':
        if low in IRR: return IRR[low]
        if xpos == 'VBZ' and low.endswith('s'):
            if low[:-1] + 'ed' in IRR: return IRR[low[:-1] + 'ed']
            if re.search(r'[^aeiou]ies$', low): return low[:-3] + 'y'  # denies -> deny
            return low[:-2] if re.search(r'(ss|sh|ch|x)es$', low) else low[:-1]
        if xpos in ('VB', 'VBP'): return low
        g = guess_verb(low)
        GUESSES.add(low + ' ' + g)
        return g
    if xpos in ('PRP', 'PRP$', 'WP', 'WDT'): return PRON.get(low, low)
    if xpos == 'DT': return 'a' if low == 'an' else low
    if xpos == 'CD': return form.replace(',', '')
    if xpos == 'JJ' and form[0].isupper() and form not in ('The', 'A'): return form
    if form in ('``', "''"): return form
    if xpos == 'RB' and low == "n't": return 'not'
    if xpos == 'POS': return "'s"
    return low

def upos_of(form, xpos, rel):
    low = form.lower()
    if form in ADJ_NNP and xpos == 'NNP': return 'ADJ'
    if xpos in ('NNP', 'NNPS'): return 'PROPN'
    if xpos in ('NN', 'NNS'): return 'NOUN'
    if xpos.startswith('JJ'): return 'ADJ'
    if xpos in ('DT', 'PDT'):
        return 'PRON' if rel not in ('det', 'det:predet') else 'DET'
    if xpos == 'CD': return 'NUM'
    if xpos == 'IN': return 'SCONJ' if rel == 'mark' else 'ADP'
    if xpos == 'TO': return 'PART' if rel == 'mark' else 'ADP'
    if xpos.startswith('RB'): return 'PART' if low in ('not', "n't") else 'ADV'
    if xpos in ('PRP', 'PRP$', 'WP', 'WDT'): return 'PRON'
    if xpos == 'POS': return 'PART'
    if xpos == 'MD': return 'AUX'
    if xpos.startswith('VB'):
        return 'AUX' if rel in ('aux', 'aux:pass', 'cop') else 'VERB'
    if xpos == 'WRB': return 'ADV'
    if xpos == 'CC': return 'CCONJ'
    if xpos == 'RP': return 'ADP'
    if xpos == '$': return 'SYM'
    if xpos in (',', '.', ':', 'HYPH', '``', "''", '-LRB-', '-RRB-'): return 'PUNCT'
    raise SystemExit('no upos for ' + form + '/' + xpos)

ADJ_NNP = {'United', 'Foreign', 'Prime', 'Saudi', 'Arab', 'White', 'International'}

class Tok:
    def __init__(s, form, xpos, rel=None, head=None):
        s.form, s.xpos, s.rel, s.head, s.sa = form, xpos, rel, head, True
        s.lemma = None

class Ph:
    """A phrase: tokens whose heads are Tok objects (None for the phrase head)."""
    def __init__(s, toks, head):
        s.toks, s.head = toks, head

def default_rel(xpos):
    return {'DT': 'det', 'PDT': 'det:predet', 'JJ': 'amod', 'JJS': 'amod', 'JJR': 'amod', 'CD': 'nummod',
            'NN': 'compound', 'NNS': 'compound', 'NNP': 'compound', 'NNPS': 'compound',
            'PRP$': 'nmod:poss', 'RB': 'advmod', 'POS': 'case', 'VBN': 'amod', 'VBG': 'amod',
            'HYPH': 'punct', 'IN': 'case', 'TO': 'case', 'MD': 'aux', ',': 'punct', '``': 'punct', "''": 'punct'}.get(xpos)

def parse_toks(spec):
    """'a/DT senior/JJ official/NN*' -> Ph. rel after second slash, @k attaches to the k-th token."""
    toks, head, attach = [], None, []
    for item in spec.split():
        star = item.endswith('*')
        if star: item = item[:-1]
        at = None
        m = re.match(r'^(.*)@(\d+)$', item)
        if m: item, at = m.group(1), int(m.group(2))
        parts = item.rsplit('/', 2) if item.count('/') >= 2 and not item.startswith('/') else item.rsplit('/', 1)
        # forms never contain '/', so split from the left is fine
        p = item.split('/')
        form, xpos = p[0], p[1]
        rel = REL.get(p[2], p[2]) if len(p) > 2 else None
        t = Tok(form, xpos, rel)
        t.explicit = rel is not None
        toks.append(t); attach.append(at)
        if star: head = t
    if head is None: head = toks[-1]
    for t, at in zip(toks, attach):
        if t is head: continue
        if at is not None: t.head = toks[at]
        else: t.head = head
        if t.rel is None: t.rel = default_rel(t.xpos)
        if t.xpos == 'POS':
            # 's attaches to the possessor just before it
            i = toks.index(t); t.head = toks[i - 1]; toks[i - 1].sa = False
            if not toks[i - 1].explicit: toks[i - 1].rel = 'nmod:poss'
    return Ph(toks, head)

def NP(spec, *mods):
    """mods: ('nmod', PP), ('appos', NP), ('acl', Clause), ('conj', NP) ... in order after the head."""
    ph = parse_toks(spec) if isinstance(spec, str) else spec
    toks = list(ph.toks)
    for m in mods:
        rel, sub = m[0], m[1]
        if isinstance(sub, str): sub = parse_toks(sub)
        if rel == 'appos':
            c1 = Tok(',', ',', 'punct', sub.head); c2 = Tok(',', ',', 'punct', sub.head)
            toks[-1].sa = False; sub.toks[-1].sa = False
            sub.head.head, sub.head.rel = ph.head, 'appos'
            toks += [c1] + sub.toks + ([c2] if len(m) < 3 else [])
        elif rel == 'conj':
            cc = Tok(m[2] if len(m) > 2 else 'and', 'CC', 'cc', sub.head)
            sub.head.head, sub.head.rel = ph.head, 'conj'
            toks += [cc] + sub.toks
        elif rel == 'conj,':
            cm = Tok(',', ',', 'punct', sub.head); toks[-1].sa = False
            sub.head.head, sub.head.rel = ph.head, 'conj'
            toks += [cm] + sub.toks
        else:
            sub.head.head, sub.head.rel = ph.head, rel
            toks += sub.toks
    return Ph(toks, ph.head)

def PP(prep, np):
    """'in/IN' or 'according/VBG to/IN' (fixed)."""
    if isinstance(np, str): np = parse_toks(np)
    p = parse_toks(prep)
    first = p.toks[0]
    first.head, first.rel = np.head, 'case'
    for t in p.toks[1:]:
        t.head, t.rel = first, 'fixed'
    return Ph(p.toks + np.toks, np.head)

def W(spec):
    return parse_toks(spec)

def C(*parts):
    """A clause: parts in surface order; ('V', 'has/VBZ rejected/VBN') once; others (rel, phrase|spec)."""
    toks, vhead, pending = [], None, []
    for part in parts:
        rel, sub = part[0], part[1]
        if rel in ('V', 'Vpass', 'Vcop'):
            vg = parse_toks(sub) if isinstance(sub, str) else sub
            vhead = vg.head
            for t in vg.toks:
                if t is vhead: continue
                t.head = vhead
                low = t.form.lower()
                if t.xpos in ('MD',) or (t.xpos.startswith('VB') and IRR.get(low) in ('have', 'do', 'be', 'will')):
                    if rel == 'Vpass' and IRR.get(low) == 'be' and vg.toks.index(t) == len(vg.toks) - 2:
                        t.rel = 'aux:pass'
                    elif rel == 'Vpass' and IRR.get(low) == 'be' and low in ('been', 'being') and vg.toks.index(t) == len(vg.toks) - 2:
                        t.rel = 'aux:pass'
                    elif rel == 'Vcop' and IRR.get(low) == 'be' and t.rel is None:
                        t.rel = 'cop'
                    else:
                        t.rel = t.rel if getattr(t, 'explicit', False) else 'aux'
                elif t.xpos == 'TO': t.rel = 'mark'
                elif t.rel is None: t.rel = default_rel(t.xpos)
            toks += vg.toks
        else:
            ph = parse_toks(sub) if isinstance(sub, str) else sub
            if rel == 'punct':
                for t in ph.toks:
                    t.rel = 'punct'
                if vhead is None and pending and ph.head.form == ',':
                    ph.before_verb = pending[-1].head  # a fronted phrase's comma is its own
                pending.append(ph)
                if toks: toks[-1].sa = ph.toks[0].form not in (',', '.', ':', "''", ')')
                toks += ph.toks
                continue
            ph.head.rel = rel
            pending.append(ph)
            toks += ph.toks
    if vhead is None:
        raise SystemExit('clause without V')
    for k, ph in enumerate(pending):
        ph.head.head = getattr(ph, 'before_verb', vhead)
        if hasattr(ph, 'before_verb'): continue
        if ph.head.rel == 'punct' and ph.head.form == ',' and k + 1 < len(pending):
            nxt = pending[k + 1]
            if nxt.head.rel in ('advcl', 'conj', 'obl', 'parataxis', 'xcomp', 'ccomp') and toks.index(nxt.toks[0]) > toks.index(ph.head):
                ph.head.head = nxt.head
    return Ph(toks, vhead)

def fix_space(toks):
    for i, t in enumerate(toks[:-1]):
        nxt = toks[i + 1]
        if nxt.form in (',', '.', ':', ';', "'s", "n't", "''", ')', '%') or nxt.xpos == 'POS':
            t.sa = False
        if t.form in ('``', '(', '$'):
            t.sa = False
    toks[-1].sa = True

SENTS = []
def S(clause, end='.'):
    toks = list(clause.toks)
    if end:
        toks.append(Tok(end, '.', 'punct', clause.head))
    clause.head.head, clause.head.rel = None, 'root'
    SENTS.append(toks)

def ATTR(main, speaker, verb='said/VBD', *after, comma=True):
    """Main clause, speaker said [after]. -> said is root, main a ccomp."""
    sp = parse_toks(speaker) if isinstance(speaker, str) else speaker
    main.head.rel = 'ccomp'
    comma = [Tok(',', ',', 'punct', main.head)] if comma else []
    parts = [('nsubj', sp), ('V', verb)] + list(after)
    c = C(*parts)
    main.head.head = c.head
    return Ph(main.toks + comma + c.toks, c.head)

def write(path, header):
    out = [header]
    for n, toks in enumerate(SENTS, 1):
        fix_space(toks)
        idx = {id(t): i + 1 for i, t in enumerate(toks)}
        text = ''
        for t in toks:
            text += t.form + (' ' if t.sa else '')
        text = text.replace('``', '"').replace("''", '"')
        for t in toks:
            assert t.head is not t, (n, text, t.form)
            assert t.head is None or any(t.head is u for u in toks), (n, text, t.form, 'head outside')
            assert t.rel, (n, text, t.form, 'no rel')
        roots = [t for t in toks if t.head is None]
        assert len(roots) == 1, (n, text, [r.form for r in roots])
        out.append(f'# sent_id = news-{n:04d}')
        out.append(f'# text = {text.strip()}')
        for i, t in enumerate(toks):
            if i + 1 < len(toks) and toks[i + 1].xpos == 'POS' and not t.sa:
                p = toks[i + 1]
                out.append(f'{i+1}-{i+2}\t{t.form}{p.form}\t_\t_\t_\t_\t_\t_\t_\t' + ('_' if p.sa else 'SpaceAfter=No'))
            form = '"' if t.form in ('``', "''") else t.form
            lemma = lemma_of(t.form, t.xpos) if t.lemma is None else t.lemma
            if form == '"': lemma = '"'
            rel = t.rel
            upos = upos_of(t.form, t.xpos, rel)
            if upos == 'ADJ' and rel == 'compound': rel = 'amod'
            head = 0 if t.head is None else idx[id(t.head)]
            misc = '_' if t.sa else 'SpaceAfter=No'
            if i + 1 < len(toks) and toks[i + 1].xpos == 'POS' and not t.sa:
                misc = '_'
            if t.xpos == 'POS':
                misc = '_' if t.sa else 'SpaceAfter=No'
                # the multiword token line carries the spacing
                misc = '_'
            out.append(f'{i+1}\t{form}\t{lemma}\t{upos}\t{t.xpos}\t_\t{head}\t{rel}\t_\t{misc}')
        out.append('')
    open(path, 'w').write('\n'.join(out) + '\n')
    return len(SENTS)

def TN(title, name, det=None):
    """'a/DT senior/JJ rebel/NN negotiator/NN', 'Anton Balasingham' -> name head, title nmod:desc."""
    t = parse_toks(title)
    names = [Tok(w, 'NNP') for w in name.split()]
    t.head.head, t.head.rel = names[0], 'nmod:desc'
    for n in names[1:]:
        n.head, n.rel = names[0], 'flat'
    return Ph(t.toks + names, names[0])

def NAME(name):
    names = [Tok(w, 'NNP') for w in name.split()]
    for n in names[1:]:
        n.head, n.rel = names[0], 'flat'
    return Ph(names, names[0])
