/**
 * One person's pathway: state (referred → triaged → in assessment → in follow-up → closed), coordinator, tasks,
 * outcome, and the coordinator's worklist of tasks and statutory milestones. Categories: ADMIN, WORK_FUNCTION (outcome).
 */
package no.samspill.pathway;
