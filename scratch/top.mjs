import fs from 'node:fs'
const file = process.argv[2]
const prof = JSON.parse(fs.readFileSync(file, 'utf8'))
const self = new Map(), byId = new Map(prof.nodes.map((n) => [n.id, n]))
const dt = prof.timeDeltas; const samples = prof.samples
const total = new Map()
for (let i = 0; i < samples.length; i++) { const n = byId.get(samples[i]); const k = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').slice(-2).join('/')}:${n.callFrame.lineNumber}`; self.set(k, (self.get(k) ?? 0) + (dt[i] ?? 0)) }
console.log([...self].sort((a, b) => b[1] - a[1]).slice(0, 40).map(([k, v]) => `${(v / 1000).toFixed(0)} ms  ${k}`).join('\n'))
