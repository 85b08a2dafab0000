import { describe, expect, it } from 'vitest'

import { plural } from '../../src/admin/plural'

describe('plural', () => {
  it('puts the noun in the form its count takes', () => {
    expect([0, 1, 2, 21].map((count) => plural(count, 'step'))).toEqual(['0 steps', '1 step', '2 steps', '21 steps'])
  })

  it('takes an irregular plural', () => {
    expect([1, 3].map((count) => plural(count, 'entry', 'entries'))).toEqual(['1 entry', '3 entries'])
  })
})
