# Batch 1: subjects with titles, VBD main verbs, reported speech.
S(ATTR(C(('nsubj','Zambora/NNP'),('V','deported/VBD'),('obj',TN('a/DT suspected/VBN Danish/JJ arms/NNS@4 dealer/NN','Piet Holm')),('obl',PP('to/IN','Denmark/NNP')),('obl',PP('on/IN','Friday/NNP'))),
       'a/DT senior/JJ Zamboran/JJ interior/NN ministry/NN official/NN*'))
S(ATTR(C(('nsubj','Yemen/NNP'),('V','has/VBZ refused/VBN'),('obj',NP('a/DT French/JJ request/NN*', ('acl', C(('V','to/TO question/VB'),('obj','two/CD suspects/NNS')))))),
       'a/DT security/NN official/NN', 'said/VBD', ('obl:unmarked','Monday/NNP')))
S(C(('nsubj','A/DT senior/JJ Canadian/JJ diplomat/NN'),('V','praised/VBD'),('obj',NP('Malawi/NNP/poss \'s/POS efforts/NNS',('acl',C(('V','to/TO reform/VB'),('obj','its/PRP$ prison/NN system/NN')))))))
S(C(('nsubj',NP('Engineers/NNS',('nmod',PP('from/IN','three/CD Swedish/JJ relief/NN agencies/NNS')))),('V','repaired/VBD'),('conj',C(('cc','and/CC'),('advmod','quickly/RB'),('V','reopened/VBD'))),('obj','a/DT water/NN plant/NN'),('obl',PP('near/IN','the/DT border/NN'))))
S(C(('nsubj',NP('Lima/NNP/poss \'s/POS city/NN council/NN')),('V','has/VBZ rejected/VBN'),('obj','a/DT permit/NN'),('obl',PP('for/IN','the/DT march/NN'))))
S(C(('nsubj',NP(NAME('Tomas Ferreira'),('appos','the/DT United/NNP/amod@2 Nations/NNPS refugee/NN chief/NN'))),('V','urged/VBD'),('obj','both/DT sides/NNS'),('xcomp',C(('V','to/TO open/VB'),('obj','the/DT crossings/NNS'),('obl',PP('to/IN','aid/NN convoys/NNS'))))))
S(C(('nsubj',TN('Chinese/JJ Foreign/NNP/amod@2 Minister/NNP','Liu Peng')),('V','met/VBD'),('obj',TN('his/PRP$ Brazilian/JJ counterpart/NN','Ana Moreira')),('obl',PP('in/IN','Beijing/NNP')),('obl',PP('on/IN','Wednesday/NNP'))))
S(ATTR(C(('nsubj','Police/NNS'),('V','arrested/VBD'),('obj',NP('12/CD protesters/NNS')),('obl',PP('outside/IN','the/DT parliament/NN building/NN'))),
       'a/DT spokesman/NN', 'said/VBD'))
S(C(('nsubj','The/DT Kenyan/JJ government/NN'),('V','has/VBZ expelled/VBN'),('obj','two/CD Somali/JJ diplomats/NNS'),('obl',PP('over/IN','spying/NN allegations/NNS'))))
S(C(('nsubj','Rebels/NNS'),('V','attacked/VBD'),('obj','an/DT army/NN post/NN'),('obl',PP('in/IN','the/DT north/NN')),('punct',',/,'),('advcl',C(('V','killing/VBG'),('obj','five/CD soldiers/NNS'))))),
S(ATTR(C(('nsubj','The/DT ministry/NN'),('V','summoned/VBD'),('obj','the/DT Iranian/JJ ambassador/NN'),('obl',PP('after/IN','the/DT incident/NN'))),
       'state/NN media/NN', 'reported/VBD'))
S(C(('nsubj',NP('Peru/NNP',('conj','Chile/NNP'))),('V','signed/VBD'),('obj','a/DT trade/NN agreement/NN'),('obl',PP('in/IN','Santiago/NNP')),('obl:unmarked','last/JJ week/NN')))
S(C(('nsubj','The/DT European/JJ Union/NNP'),('V','imposed/VBD'),('obj','new/JJ sanctions/NNS'),('obl',PP('on/IN','Belarus/NNP')),('obl',PP('on/IN','Thursday/NNP'))))
S(C(('nsubj',TN('Finance/NNP Minister/NNP','Kofi Mensah')),('V','did/VBD not/RB attend/VB'),('obj','the/DT meeting/NN')))
S(C(('nsubj','Hungary/NNP'),('V','declined/VBD'),('xcomp',C(('V','to/TO comment/VB'),('obl',PP('on/IN','the/DT report/NN'))))))
S(C(('nsubj',NP('A/DT delegation/NN',('nmod',PP('from/IN','the/DT World/NNP@2 Bank/NNP')))),('V','arrived/VBD'),('obl',PP('in/IN','Kabul/NNP')),('obl:unmarked','Sunday/NNP'),('advcl',C(('mark','for/IN'),('V','talks/NNS'))) ) if False else C(('nsubj',NP('A/DT delegation/NN',('nmod',PP('from/IN','the/DT World/NNP@2 Bank/NNP')))),('V','arrived/VBD'),('obl',PP('in/IN','Kabul/NNP')),('obl:unmarked','Sunday/NNP'),('obl',PP('for/IN','talks/NNS'))))
S(C(('nsubj:pass','Three/CD policemen/NNS'),('Vpass','were/VBD killed/VBN'),('obl',PP('in/IN','a/DT bomb/NN attack/NN')),('obl',PP('in/IN','Quetta/NNP')),('obl',PP('on/IN','Tuesday/NNP'))))
S(C(('nsubj:pass','The/DT convoy/NN'),('Vpass','was/VBD ambushed/VBN'),('obl:agent',PP('by/IN','gunmen/NNS')),('obl',PP('near/IN','the/DT capital/NN'))))
S(C(('nsubj','The/DT prime/JJ minister/NN'),('V','said/VBD'),('obl',PP('on/IN','Saturday/NNP')),('ccomp',C(('mark','that/IN'),('nsubj','his/PRP$ government/NN'),('V','would/MD hold/VB'),('obj','early/JJ elections/NNS'))))) 
S(C(('nsubj','Egypt/NNP'),('V','agreed/VBD'),('xcomp',C(('V','to/TO host/VB'),('obj',NP('a/DT new/JJ round/NN',('nmod',PP('of/IN','talks/NNS')))),('obl',PP('between/IN',NP('the/DT two/CD factions/NNS')))))))
S(C(('nsubj','The/DT rebels/NNS'),('V','threatened/VBD'),('xcomp',C(('V','to/TO attack/VB'),('obj','the/DT airport/NN')))))
S(C(('nsubj','Washington/NNP'),('V','has/VBZ offered/VBN'),('iobj','Jordan/NNP'),('obj','$/$* 200/CD/comp@2 million/CD/num@0'),('obl',PP('in/IN','military/JJ aid/NN'))))
S(C(('nsubj','Nigerian/JJ troops/NNS'),('V','launched/VBD'),('obj',NP('an/DT offensive/NN',('nmod',PP('against/IN','militants/NNS')))),('obl',PP('in/IN','the/DT Niger/NNP@2 Delta/NNP')),('obl:unmarked','early/JJ Monday/NNP')))
S(ATTR(C(('nsubj','The/DT two/CD leaders/NNS'),('V','held/VBD'),('obj','talks/NNS'),('obl',PP('for/IN','two/CD hours/NNS'))),
       'officials/NNS'))
S(C(('nsubj',TN('Opposition/NN leader/NN','Rafael Ortiz')),('V','accused/VBD'),('obj','the/DT government/NN'),('obl',PP('of/IN','rigging/NN the/DT@3 vote/NN')) ) if False else C(('nsubj',TN('Opposition/NN leader/NN','Rafael Ortiz')),('V','accused/VBD'),('obj','the/DT government/NN'),('advcl',C(('mark','of/IN'),('V','rigging/VBG'),('obj','the/DT vote/NN')))))
