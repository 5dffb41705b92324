import sys; sys.path.insert(0,'/work/tmp/news')
from dsl import *
import dsl
for f in sys.argv[2:]:
    exec(open(f).read())
n = dsl.write(sys.argv[1], '# Written by the dyad developers as NLP training data (news-style English, UD English-EWT v2.16 conventions); license: see LICENSE-NOTE')
print(n)
open('/work/tmp/news/guesses.txt','w').write('\n'.join(sorted(dsl.GUESSES))+'\n')
