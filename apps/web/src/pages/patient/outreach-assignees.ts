import type { OutreachPerson, OutreachTask } from '../../api/outreach';

/**
 * Whom a task can be given to: the signed-in clinician first, then every team member the patient's
 * tasks already name. The API checks the assignee is an active member of the patient's team.
 */
export function outreachAssignees(me: OutreachPerson, tasks: readonly OutreachTask[]): OutreachPerson[] {
  const people = new Map<string, OutreachPerson>([[me.id, me]]);
  for (const task of tasks) {
    for (const person of [task.assignee, task.openedBy, task.resolvedBy, ...task.attempts.map((a) => a.attemptedBy)]) {
      if (person && !people.has(person.id)) people.set(person.id, person);
    }
  }
  return [...people.values()];
}
