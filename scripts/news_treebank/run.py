import os, sys; sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from dsl import *
import dsl
for f in sys.argv[2:]:
    exec(open(f).read())
n = dsl.write(sys.argv[1], '# news_en: news-style English sentences written by the dyad developers for training dyad\'s tagger and parser (invented sentences, not taken from any corpus), annotated by hand in UD English-EWT v2.16 conventions (FEATS left empty). License: the dyad project\'s own license, as the rest of this repository (README.md, "Data and licenses").')
print(n)
open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'guesses.txt'),'w').write('\n'.join(sorted(dsl.GUESSES))+'\n')
