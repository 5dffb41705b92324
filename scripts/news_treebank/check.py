import sys
def sents(p):
    cur=[]
    for l in open(p):
        l=l.rstrip('\n')
        if not l:
            if cur: yield cur; cur=[]
            continue
        if l.startswith('#'): continue
        f=l.split('\t')
        if '-' in f[0]: continue
        cur.append(f)
    if cur: yield cur
bad=0
for n,s in enumerate(sents(sys.argv[1]),1):
    heads=[int(f[6]) for f in s]
    if sum(h==0 for h in heads)!=1: print(n,'roots'); bad+=1
    for i,h in enumerate(heads,1):
        if not 0<=h<=len(s) or h==i: print(n,'head range',i); bad+=1
        # projectivity
        lo,hi=min(i,h),max(i,h)
        for k in range(lo+1,hi):
            a=k
            seen=0
            while a!=0 and a!=h and seen<100: a=heads[a-1]; seen+=1
            if a!=h and h!=0: print(n,'nonproj',i,h,k); bad+=1; break
    # cycles
    for i in range(1,len(s)+1):
        a=i; seen=0
        while a!=0 and seen<=len(s): a=heads[a-1]; seen+=1
        if a!=0: print(n,'cycle'); bad+=1; break
    kids={}
    for i,f in enumerate(s,1): kids.setdefault(int(f[6]),[]).append(f)
    for i,f in enumerate(s,1):
        rels=[k[7] for k in kids.get(i,[])]
        if 'aux:pass' in rels and 'nsubj' in rels: print(n,'nsubj with aux:pass',f[1]); bad+=1
        if f[7] in ('nsubj','obj') and f[3] in ('ADP','PUNCT'): print(n,'odd',f[1]); bad+=1
        if f[4]=='VBN' and f[7]=='root' and 'aux' not in rels and 'aux:pass' not in rels: print(n,'VBN root w/o aux',f[1])
        if f[4]=='VBD' and ('aux' in rels): print(n,'VBD with aux', f[1])
print('bad',bad)
