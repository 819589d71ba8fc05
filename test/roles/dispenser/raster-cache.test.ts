import t from 'tap'
import { RasterCache } from '../../../firmware/roles/dispenser/raster-cache.ts'

t.test('a picture is drawn once per key, however often it is asked for, even while the first draw runs', async (t) => {
  const cache = new RasterCache<string>()
  let draws = 0
  const draw = async () => `picture ${++draws}`
  const [a, b] = await Promise.all([cache.get('576 normal Deposits', draw), cache.get('576 normal Deposits', draw)])
  t.equal(a, 'picture 1')
  t.equal(b, 'picture 1')
  t.equal(await cache.get('384 normal Deposits', draw), 'picture 2', 'another paper width is another picture')
  t.equal(draws, 2)
})

t.test('the cache is bounded: the least used goes first; a failed draw is tried again', async (t) => {
  const cache = new RasterCache<number>(2)
  let draws = 0
  const draw = async () => ++draws
  await cache.get('a', draw)
  await cache.get('b', draw)
  await cache.get('a', draw)
  await cache.get('c', draw)
  t.equal(cache.size, 2)
  t.equal(await cache.get('a', draw), 1, 'a was used last: kept')
  t.equal(await cache.get('b', draw), 4, 'b was dropped: drawn again')
  await t.rejects(
    cache.get('bad', async () => Promise.reject(new Error('no font'))),
    /no font/,
  )
  t.equal(await cache.get('bad', draw), 5)
})
