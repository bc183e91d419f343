// The story's data beside main.ink (story/README.md), parsed once into typed values for the
// debrief. A faulty file leaves its part of the debrief out; the story checker names the fault.
import examData from '../../story/exam.json';
import glossaryData from '../../story/glossary.json';
import historiansData from '../../story/historians.json';
import timelineData from '../../story/timeline.json';
import { parseTimeline } from '../engine/chronology';
import { parseExam } from '../engine/exam';
import { parseGlossary } from '../engine/glossary';
import { parseHistorians } from '../engine/historians';

export const storyData = {
  glossary: parseGlossary(glossaryData).value,
  historians: parseHistorians(historiansData).value,
  exam: parseExam(examData).value,
  timeline: parseTimeline(timelineData).value,
};
