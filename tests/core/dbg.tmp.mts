import { readFileSync } from 'node:fs'
import { parseArticle } from '../../src/core/article/index'
import { analyzeArticle } from '../../src/core/analysis/index'
const a = parseArticle(readFileSync(`/work/shared/corpus/${process.argv[2]}.txt`, 'utf8'))
const f = analyzeArticle(a)
for (const d of f.directives) console.log(`- [${d.verb}] (${d.issuer}) ${d.text.slice(0, 90)}\n     SRC: ${a.sentences[d.source.paragraph]?.[d.source.sentence]?.slice(0, 160)}`)
