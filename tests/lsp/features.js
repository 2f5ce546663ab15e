'use strict';
const {test, Session, protocol, assert} = require('./e2e.js');
