// Which address the teacher page gives students, from where the page itself was opened.
import { describe, expect, it } from 'vitest';
import { parseRoom, studentAddress } from '../../src/teacher/studentAddress';

describe('the address students open', () => {
  it('is the game beside the page when a web server serves it', () => {
    expect(studentAddress('https://school.example/history/thaw/teacher.html?x=1#top', [])).toEqual({
      kind: 'web', urls: ['https://school.example/history/thaw/'],
    });
    // The room's addresses do not replace an address students can already open.
    expect(studentAddress('http://192.168.1.20:8080/teacher.html', ['http://10.0.0.5:8080/'])).toEqual({
      kind: 'web', urls: ['http://192.168.1.20:8080/'],
    });
  });

  it('is the room\'s addresses from npm run class when the page is on localhost', () => {
    const room = ['http://192.168.1.20:8080/', 'http://172.17.0.1:8080/'];
    for (const page of ['http://localhost:8080/teacher.html', 'http://127.0.0.1:8080/teacher.html', 'http://[::1]:8080/teacher.html']) {
      expect(studentAddress(page, room)).toEqual({ kind: 'web', urls: room });
    }
  });

  it('is no address on localhost without npm run class, nor from a file', () => {
    expect(studentAddress('http://localhost:4173/teacher.html', [])).toEqual({ kind: 'this-computer' });
    expect(studentAddress('file:///home/teacher/thaw.html?view=teacher', ['http://192.168.1.20:8080/'])).toEqual({ kind: 'file' });
  });

  it('reads only web addresses from the server\'s answer', () => {
    expect(parseRoom({ addresses: ['http://192.168.1.20:8080/', 'javascript:alert(1)', 7, 'http://a b/'] })).toEqual(['http://192.168.1.20:8080/']);
    expect(parseRoom(null)).toEqual([]);
    expect(parseRoom({ addresses: 'http://192.168.1.20:8080/' })).toEqual([]);
    expect(parseRoom('<html>')).toEqual([]);
  });
});
