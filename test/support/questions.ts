/** A valid organisation question, as a client would send it. */
export function customQuestion(id: string) {
  return {
    id,
    type: 'technical',
    topic: 'Internal queueing',
    bank: 'custom',
    text: `How does our internal queue (${id}) keep ordering per account?`,
    competencies: ['system_design'],
    anchors: { '5': 'Explains per-key ordering and its limits.', '3': 'Knows ordering exists, not how.', '1': 'Says queues are always ordered.' },
    signals: ['names per-key partitions'],
    redFlags: ['claims global ordering for free'],
    concepts: [
      { id: 'partitioning', label: 'Partition by key', terms: ['partition', 'shard by key'], claims: ['messages of one key go to one partition'] },
      { id: 'consumer', label: 'One consumer per partition', terms: ['single consumer'], claims: ['one consumer per partition keeps order'] },
    ],
    misconceptions: [],
    followUps: [{ id: 'why', gap: 'depth', prompt: 'What breaks ordering here?' }],
    sampleAnswers: { junior: 'We use a queue.', mid: 'Partition by account id.', senior: 'Partition by account, one consumer each.', staff: 'Partition by account; rebalancing pauses consumers.' },
  };
}
