// The sample NestJS shop (apps/sample) is not built yet; until it is, `npm start` says so.
console.log('monotable: the sample app (apps/sample) is not available yet.');
console.log('Run `npm test` to run every suite, or see README.md for the API.');
