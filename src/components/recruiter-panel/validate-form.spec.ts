import { firstInvalid, normalize, validateField, validateForm } from './validate-form';

describe('validateForm', () => {
  it('accepts a complete message', () => {
    expect(validateForm({ name: 'Ada', email: 'ada@example.com', message: 'Ten chars!' })).toEqual({});
  });

  it('says what to do for each empty field, in form order', () => {
    const errors = validateForm({ name: ' ', email: '', message: '' });
    expect(errors).toEqual({ name: 'Enter your name.', email: 'Enter your email address, so I can reply.', message: 'Write a message.' });
    expect(firstInvalid(errors)).toBe('name');
    expect(firstInvalid({ message: 'x', email: 'y' })).toBe('email');
    expect(firstInvalid({})).toBeUndefined();
  });

  it('checks email shape loosely', () => {
    for (const bad of ['ada', 'ada@', '@example.com', 'ada@example', 'a da@example.com']) {
      expect(validateField('email', bad)).toBe('Enter an email address like name@example.com.');
    }
    for (const good of ['a@b.co', 'ada.lovelace+jobs@mail.example.org']) expect(validateField('email', good)).toBeUndefined();
  });

  it('bounds lengths', () => {
    expect(validateField('message', 'too short')).toBe('Write at least 10 characters.');
    expect(validateField('message', 'x'.repeat(5001))).toBe('Keep the message under 5000 characters (now 5001).');
    expect(validateField('name', 'x'.repeat(101))).toBe('Keep your name under 100 characters.');
  });

  it('normalize trims what is sent', () => {
    expect(normalize({ name: ' Ada ', email: ' a@b.co', message: 'hi \n' })).toEqual({ name: 'Ada', email: 'a@b.co', message: 'hi' });
  });
});
