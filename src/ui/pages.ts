// Where the game and the teacher tools are: two pages side by side in a normal build, or
// two views of one file (chosen by ?view=) in the single-file edition (build/single/).
const single = import.meta.env.MODE === 'single';

export const TEACHER_PAGE = single ? '?view=teacher' : './teacher.html';
export const GAME_PAGE = single ? '?' : './';
