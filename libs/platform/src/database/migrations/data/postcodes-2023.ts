/**
 * Every Danish postcode with a point on land and its main kommune (1108 codes), made by
 * scripts/reference-data.ts from shared/data/postnumre/postnumre.csv. Postcodes and kommuner: Indeholder data fra
 * Klimadatastyrelsen, DAWA/DAGI, 2023. Postal code coordinates © GeoNames (geonames.org), CC BY 4.0.
 * Fields: postcode;name;latitude;longitude;municipality code;municipality;region.
 */
export const POSTCODES_2023 = `
0800;Høje Taastrup;55.6471;12.2742;0169;Høje-Taastrup;Region Hovedstaden
0999;København C;;;0101;København;Region Hovedstaden
1050;København K;55.6806;12.5857;0101;København;Region Hovedstaden
1051;København K;55.68;12.5906;0101;København;Region Hovedstaden
1052;København K;55.6789;12.5901;0101;København;Region Hovedstaden
1053;København K;55.678;12.5907;0101;København;Region Hovedstaden
1054;København K;55.678;12.5888;0101;København;Region Hovedstaden
1055;København K;55.6781;12.5877;0101;København;Region Hovedstaden
1056;København K;55.6794;12.5883;0101;København;Region Hovedstaden
1057;København K;55.6784;12.5893;0101;København;Region Hovedstaden
1058;København K;55.6773;12.59;0101;København;Region Hovedstaden
1059;København K;55.6767;12.5869;0101;København;Region Hovedstaden
1060;København K;55.6778;12.5851;0101;København;Region Hovedstaden
1061;København K;55.6775;12.5813;0101;København;Region Hovedstaden
1062;København K;55.6775;12.582;0101;København;Region Hovedstaden
1063;København K;55.678;12.5838;0101;København;Region Hovedstaden
1064;København K;55.6784;12.5841;0101;København;Region Hovedstaden
1065;København K;55.678;12.5812;0101;København;Region Hovedstaden
1066;København K;55.6777;12.5822;0101;København;Region Hovedstaden
1067;København K;55.6787;12.5817;0101;København;Region Hovedstaden
1068;København K;55.6779;12.5828;0101;København;Region Hovedstaden
1069;København K;55.6785;12.5832;0101;København;Region Hovedstaden
1070;København K;55.6786;12.5835;0101;København;Region Hovedstaden
1071;København K;55.6781;12.5832;0101;København;Region Hovedstaden
1072;København K;55.6785;12.5807;0101;København;Region Hovedstaden
1073;København K;55.6788;12.5804;0101;København;Region Hovedstaden
1074;København K;55.6796;12.5836;0101;København;Region Hovedstaden
1092;København K;55.6759;12.5655;0101;København;Region Hovedstaden
1093;København K;55.6759;12.5655;0101;København;Region Hovedstaden
1095;København K;55.6759;12.5655;0101;København;Region Hovedstaden
1098;København K;55.6759;12.5655;0101;København;Region Hovedstaden
1100;København K;55.6798;12.5827;0101;København;Region Hovedstaden
1101;København K;55.6812;12.5826;0101;København;Region Hovedstaden
1102;København K;55.6808;12.5827;0101;København;Region Hovedstaden
1103;København K;55.6808;12.584;0101;København;Region Hovedstaden
1104;København K;55.6813;12.584;0101;København;Region Hovedstaden
1105;København K;55.6802;12.5821;0101;København;Region Hovedstaden
1106;København K;55.6804;12.5812;0101;København;Region Hovedstaden
1107;København K;55.6813;12.583;0101;København;Region Hovedstaden
1110;København K;55.6817;12.5823;0101;København;Region Hovedstaden
1111;København K;55.682;12.581;0101;København;Region Hovedstaden
1112;København K;55.6807;12.5801;0101;København;Region Hovedstaden
1113;København K;55.6801;12.58;0101;København;Region Hovedstaden
1114;København K;55.6807;12.5792;0101;København;Region Hovedstaden
1115;København K;55.681;12.5784;0101;København;Region Hovedstaden
1116;København K;55.6818;12.5796;0101;København;Region Hovedstaden
1117;København K;55.6814;12.5808;0101;København;Region Hovedstaden
1118;København K;55.6811;12.5807;0101;København;Region Hovedstaden
1119;København K;55.6825;12.5769;0101;København;Region Hovedstaden
1120;København K;55.6824;12.5786;0101;København;Region Hovedstaden
1121;København K;55.6828;12.5788;0101;København;Region Hovedstaden
1122;København K;55.6826;12.5797;0101;København;Region Hovedstaden
1123;København K;55.6835;12.5776;0101;København;Region Hovedstaden
1124;København K;55.6832;12.5762;0101;København;Region Hovedstaden
1125;København K;55.6823;12.5763;0101;København;Region Hovedstaden
1126;København K;55.6822;12.5752;0101;København;Region Hovedstaden
1127;København K;55.6829;12.5756;0101;København;Region Hovedstaden
1128;København K;55.6828;12.5746;0101;København;Region Hovedstaden
1129;København K;55.6831;12.5744;0101;København;Region Hovedstaden
1130;København K;55.6835;12.574;0101;København;Region Hovedstaden
1131;København K;55.6839;12.5739;0101;København;Region Hovedstaden
1140;København K;55.6759;12.5655;0101;København;Region Hovedstaden
1147;København K;55.6759;12.5655;0101;København;Region Hovedstaden
1148;København K;55.6759;12.5655;0101;København;Region Hovedstaden
1150;København K;55.6806;12.5775;0101;København;Region Hovedstaden
1151;København K;55.6798;12.5773;0101;København;Region Hovedstaden
1152;København K;55.6804;12.5769;0101;København;Region Hovedstaden
1153;København K;55.6797;12.577;0101;København;Region Hovedstaden
1154;København K;55.6797;12.5759;0101;København;Region Hovedstaden
1155;København K;55.68;12.5754;0101;København;Region Hovedstaden
1156;København K;55.6795;12.5752;0101;København;Region Hovedstaden
1157;København K;55.6792;12.5753;0101;København;Region Hovedstaden
1158;København K;55.6786;12.5736;0101;København;Region Hovedstaden
1159;København K;55.6798;12.5747;0101;København;Region Hovedstaden
1160;København K;55.6788;12.578;0101;København;Region Hovedstaden
1161;København K;55.6786;12.575;0101;København;Region Hovedstaden
1162;København K;55.6789;12.5742;0101;København;Region Hovedstaden
1164;København K;55.6783;12.5735;0101;København;Region Hovedstaden
1165;København K;55.6809;12.5712;0101;København;Region Hovedstaden
1166;København K;55.6791;12.5731;0101;København;Region Hovedstaden
1167;København K;55.6791;12.5715;0101;København;Region Hovedstaden
1168;København K;55.6799;12.5722;0101;København;Region Hovedstaden
1169;København K;55.6806;12.5746;0101;København;Region Hovedstaden
1170;København K;55.6802;12.5747;0101;København;Region Hovedstaden
1171;København K;55.6814;12.5726;0101;København;Region Hovedstaden
1172;København K;55.6808;12.5734;0101;København;Region Hovedstaden
1173;København K;55.6817;12.574;0101;København;Region Hovedstaden
1174;København K;55.6823;12.5728;0101;København;Region Hovedstaden
1175;København K;55.6824;12.5738;0101;København;Region Hovedstaden
1200;København K;55.6784;12.58;0101;København;Region Hovedstaden
1201;København K;55.6781;12.5781;0101;København;Region Hovedstaden
1202;København K;55.6777;12.5784;0101;København;Region Hovedstaden
1203;København K;55.6764;12.5761;0101;København;Region Hovedstaden
1204;København K;55.6765;12.5755;0101;København;Region Hovedstaden
1205;København K;55.6771;12.5765;0101;København;Region Hovedstaden
1206;København K;55.6775;12.5771;0101;København;Region Hovedstaden
1207;København K;55.6781;12.5766;0101;København;Region Hovedstaden
1208;København K;55.6771;12.5753;0101;København;Region Hovedstaden
1209;København K;55.678;12.5753;0101;København;Region Hovedstaden
1210;København K;55.6775;12.575;0101;København;Region Hovedstaden
1211;København K;55.6776;12.5747;0101;København;Region Hovedstaden
1212;København K;55.6769;12.5789;0101;København;Region Hovedstaden
1213;København K;55.6764;12.5783;0101;København;Region Hovedstaden
1214;København K;55.6747;12.579;0101;København;Region Hovedstaden
1215;København K;55.6756;12.5846;0101;København;Region Hovedstaden
1216;København K;55.6752;12.584;0101;København;Region Hovedstaden
1217;København K;55.6759;12.5655;0101;København;Region Hovedstaden
1218;København K;55.6757;12.5795;0101;København;Region Hovedstaden
1219;København K;55.6731;12.5818;0101;København;Region Hovedstaden
1220;København K;55.6742;12.5772;0101;København;Region Hovedstaden
1221;København K;55.6743;12.5845;0101;København;Region Hovedstaden
1240;København K;55.6759;12.5655;0101;København;Region Hovedstaden
1250;København K;55.6815;12.5915;0101;København;Region Hovedstaden
1251;København K;55.6798;12.5935;0101;København;Region Hovedstaden
1252;København K;55.6813;12.5953;0101;København;Region Hovedstaden
1253;København K;55.6831;12.594;0101;København;Region Hovedstaden
1254;København K;55.6809;12.5901;0101;København;Region Hovedstaden
1255;København K;55.6811;12.5887;0101;København;Region Hovedstaden
1256;København K;55.6848;12.5936;0101;København;Region Hovedstaden
1257;København K;55.6842;12.5929;0101;København;Region Hovedstaden
1259;København K;55.69;12.5995;0101;København;Region Hovedstaden
1260;København K;55.6839;12.59;0101;København;Region Hovedstaden
1261;København K;55.6819;12.5869;0101;København;Region Hovedstaden
1263;København K;55.6875;12.5935;0101;København;Region Hovedstaden
1264;København K;55.685;12.5879;0101;København;Region Hovedstaden
1265;København K;55.6849;12.5902;0101;København;Region Hovedstaden
1266;København K;55.6878;12.5911;0101;København;Region Hovedstaden
1267;København K;55.6884;12.5907;0101;København;Region Hovedstaden
1268;København K;55.6888;12.5903;0101;København;Region Hovedstaden
1270;København K;55.689;12.591;0101;København;Region Hovedstaden
1271;København K;55.6892;12.5898;0101;København;Region Hovedstaden
1300;København K;55.685;12.5863;0101;København;Region Hovedstaden
1301;København K;55.6832;12.5856;0101;København;Region Hovedstaden
1302;København K;55.6839;12.5862;0101;København;Region Hovedstaden
1303;København K;55.686;12.5882;0101;København;Region Hovedstaden
1304;København K;55.6846;12.5843;0101;København;Region Hovedstaden
1306;København K;55.6857;12.5834;0101;København;Region Hovedstaden
1307;København K;55.6878;12.5789;0101;København;Region Hovedstaden
1308;København K;55.6866;12.5847;0101;København;Region Hovedstaden
1309;København K;55.6873;12.5836;0101;København;Region Hovedstaden
1310;København K;55.6864;12.5884;0101;København;Region Hovedstaden
1311;København K;55.6872;12.5868;0101;København;Region Hovedstaden
1312;København K;55.6875;12.5858;0101;København;Region Hovedstaden
1313;København K;55.6875;12.5871;0101;København;Region Hovedstaden
1314;København K;55.6878;12.5869;0101;København;Region Hovedstaden
1315;København K;55.6876;12.5879;0101;København;Region Hovedstaden
1316;København K;55.6881;12.583;0101;København;Region Hovedstaden
1317;København K;55.689;12.5829;0101;København;Region Hovedstaden
1318;København K;55.6885;12.5848;0101;København;Region Hovedstaden
1319;København K;55.6882;12.5872;0101;København;Region Hovedstaden
1320;København K;55.6886;12.5873;0101;København;Region Hovedstaden
1321;København K;55.6879;12.5894;0101;København;Region Hovedstaden
1322;København K;55.6889;12.5873;0101;København;Region Hovedstaden
1323;København K;55.6897;12.5857;0101;København;Region Hovedstaden
1324;København K;55.6891;12.588;0101;København;Region Hovedstaden
1325;København K;55.6895;12.5876;0101;København;Region Hovedstaden
1326;København K;55.6897;12.5879;0101;København;Region Hovedstaden
1327;København K;55.6902;12.5876;0101;København;Region Hovedstaden
1328;København K;55.6902;12.5882;0101;København;Region Hovedstaden
1329;København K;55.689;12.5851;0101;København;Region Hovedstaden
1350;København K;55.6885;12.5813;0101;København;Region Hovedstaden
1352;København K;55.6896;12.5726;0101;København;Region Hovedstaden
1353;København K;55.6879;12.572;0101;København;Region Hovedstaden
1354;København K;55.6893;12.5719;0101;København;Region Hovedstaden
1355;København K;55.6891;12.5713;0101;København;Region Hovedstaden
1356;København K;55.6869;12.5676;0101;København;Region Hovedstaden
1357;København K;55.6884;12.569;0101;København;Region Hovedstaden
1358;København K;55.6819;12.5701;0101;København;Region Hovedstaden
1359;København K;55.6833;12.5655;0101;København;Region Hovedstaden
1360;København K;55.6843;12.5698;0101;København;Region Hovedstaden
1361;København K;55.684;12.5706;0101;København;Region Hovedstaden
1362;København K;55.6843;12.5691;0101;København;Region Hovedstaden
1363;København K;55.6844;12.5671;0101;København;Region Hovedstaden
1364;København K;55.683;12.5662;0101;København;Region Hovedstaden
1365;København K;55.6821;12.5644;0101;København;Region Hovedstaden
1366;København K;55.6833;12.5649;0101;København;Region Hovedstaden
1367;København K;55.6831;12.5635;0101;København;Region Hovedstaden
1368;København K;55.6815;12.5632;0101;København;Region Hovedstaden
1369;København K;55.6808;12.5622;0101;København;Region Hovedstaden
1370;København K;55.6833;12.563;0101;København;Region Hovedstaden
1371;København K;55.686;12.5651;0101;København;Region Hovedstaden
1400;København K;55.6726;12.591;0101;København;Region Hovedstaden
1401;København K;55.6752;12.5922;0101;København;Region Hovedstaden
1402;København K;55.6724;12.5864;0101;København;Region Hovedstaden
1403;København K;55.6755;12.594;0101;København;Region Hovedstaden
1406;København K;55.6752;12.593;0101;København;Region Hovedstaden
1407;København K;55.6741;12.5946;0101;København;Region Hovedstaden
1408;København K;55.6733;12.5903;0101;København;Region Hovedstaden
1409;København K;55.6737;12.5877;0101;København;Region Hovedstaden
1410;København K;55.672;12.5911;0101;København;Region Hovedstaden
1411;København K;55.6704;12.5849;0101;København;Region Hovedstaden
1412;København K;55.6706;12.586;0101;København;Region Hovedstaden
1413;København K;55.6706;12.5866;0101;København;Region Hovedstaden
1414;København K;55.6729;12.5908;0101;København;Region Hovedstaden
1415;København K;55.6733;12.5929;0101;København;Region Hovedstaden
1416;København K;55.6731;12.5931;0101;København;Region Hovedstaden
1417;København K;55.6728;12.5924;0101;København;Region Hovedstaden
1418;København K;55.671;12.5908;0101;København;Region Hovedstaden
1419;København K;55.6705;12.5888;0101;København;Region Hovedstaden
1420;København K;55.6716;12.5912;0101;København;Region Hovedstaden
1421;København K;55.6703;12.5882;0101;København;Region Hovedstaden
1422;København K;55.6732;12.5956;0101;København;Region Hovedstaden
1423;København K;55.6707;12.5926;0101;København;Region Hovedstaden
1424;København K;55.6704;12.5917;0101;København;Region Hovedstaden
1425;København K;55.6718;12.5942;0101;København;Region Hovedstaden
1426;København K;55.6723;12.5969;0101;København;Region Hovedstaden
1427;København K;55.6751;12.597;0101;København;Region Hovedstaden
1428;København K;55.6758;12.5979;0101;København;Region Hovedstaden
1429;København K;55.6755;12.5986;0101;København;Region Hovedstaden
1430;København K;55.6764;12.5993;0101;København;Region Hovedstaden
1432;København K;55.6878;12.6129;0101;København;Region Hovedstaden
1433;København K;55.7119;12.6981;0101;København;Region Hovedstaden
1434;København K;55.6797;12.6028;0101;København;Region Hovedstaden
1435;København K;55.6806;12.6053;0101;København;Region Hovedstaden
1436;København K;55.6775;12.6034;0101;København;Region Hovedstaden
1437;København K;55.6801;12.6043;0101;København;Region Hovedstaden
1438;København K;55.6823;12.6021;0101;København;Region Hovedstaden
1439;København K;55.6865;12.6085;0101;København;Region Hovedstaden
1440;København K;55.6748;12.6034;0101;København;Region Hovedstaden
1441;København K;55.6769;12.6099;0101;København;Region Hovedstaden
1448;København K;55.6759;12.5655;0101;København;Region Hovedstaden
1450;København K;55.6775;12.5734;0101;København;Region Hovedstaden
1451;København K;55.6801;12.5695;0101;København;Region Hovedstaden
1452;København K;55.6795;12.5684;0101;København;Region Hovedstaden
1453;København K;55.6791;12.5686;0101;København;Region Hovedstaden
1454;København K;55.6784;12.5694;0101;København;Region Hovedstaden
1455;København K;55.6785;12.5692;0101;København;Region Hovedstaden
1456;København K;55.6777;12.57;0101;København;Region Hovedstaden
1457;København K;55.6782;12.5719;0101;København;Region Hovedstaden
1458;København K;55.677;12.5714;0101;København;Region Hovedstaden
1459;København K;55.6772;12.5709;0101;København;Region Hovedstaden
1460;København K;55.6766;12.571;0101;København;Region Hovedstaden
1461;København K;55.6768;12.5728;0101;København;Region Hovedstaden
1462;København K;55.6763;12.5717;0101;København;Region Hovedstaden
1463;København K;55.6758;12.5723;0101;København;Region Hovedstaden
1464;København K;55.6765;12.5728;0101;København;Region Hovedstaden
1465;København K;55.6761;12.5735;0101;København;Region Hovedstaden
1466;København K;55.6768;12.5741;0101;København;Region Hovedstaden
1467;København K;55.6761;12.5741;0101;København;Region Hovedstaden
1468;København K;55.6755;12.5735;0101;København;Region Hovedstaden
1470;København K;55.6751;12.574;0101;København;Region Hovedstaden
1471;København K;55.6743;12.5756;0101;København;Region Hovedstaden
1472;København K;55.6737;12.5765;0101;København;Region Hovedstaden
1473;København K;55.6722;12.579;0101;København;Region Hovedstaden
1550;København V;55.6761;12.5695;0101;København;Region Hovedstaden
1551;København V;55.6788;12.566;0101;København;Region Hovedstaden
1552;København V;55.675;12.5724;0101;København;Region Hovedstaden
1553;København V;55.6744;12.5711;0101;København;Region Hovedstaden
1554;København V;55.6771;12.5654;0101;København;Region Hovedstaden
1555;København V;55.6746;12.5739;0101;København;Region Hovedstaden
1556;København V;55.6736;12.5735;0101;København;Region Hovedstaden
1557;København V;55.6731;12.5748;0101;København;Region Hovedstaden
1558;København V;55.672;12.577;0101;København;Region Hovedstaden
1559;København V;55.6716;12.5776;0101;København;Region Hovedstaden
1560;København V;55.6664;12.569;0101;København;Region Hovedstaden
1561;København V;55.6607;12.5628;0101;København;Region Hovedstaden
1562;København V;55.6705;12.5741;0101;København;Region Hovedstaden
1563;København V;55.6709;12.5741;0101;København;Region Hovedstaden
1564;København V;55.672;12.5755;0101;København;Region Hovedstaden
1566;København V;;;;;
1567;København V;55.6703;12.5709;0101;København;Region Hovedstaden
1568;København V;55.67;12.5713;0101;København;Region Hovedstaden
1569;København V;55.6713;12.5708;0101;København;Region Hovedstaden
1570;København V;55.6735;12.5642;0101;København;Region Hovedstaden
1571;København V;55.6711;12.5728;0101;København;Region Hovedstaden
1572;København V;55.6716;12.5732;0101;København;Region Hovedstaden
1573;København V;55.6716;12.5745;0101;København;Region Hovedstaden
1574;København V;55.6718;12.5724;0101;København;Region Hovedstaden
1575;København V;55.6718;12.5709;0101;København;Region Hovedstaden
1576;København V;55.6712;12.57;0101;København;Region Hovedstaden
1577;København V;55.669;12.5663;0101;København;Region Hovedstaden
1592;København V;55.6759;12.5655;0101;København;Region Hovedstaden
1599;København V;55.6759;12.5655;0101;København;Region Hovedstaden
1600;København V;55.6801;12.5619;0101;København;Region Hovedstaden
1601;København V;55.6782;12.56;0101;København;Region Hovedstaden
1602;København V;55.6786;12.561;0101;København;Region Hovedstaden
1603;København V;55.6792;12.5623;0101;København;Region Hovedstaden
1604;København V;55.6777;12.5614;0101;København;Region Hovedstaden
1605;København V;55.6761;12.5607;0101;København;Region Hovedstaden
1606;København V;55.6772;12.5623;0101;København;Region Hovedstaden
1607;København V;55.6782;12.5634;0101;København;Region Hovedstaden
1608;København V;55.6761;12.5658;0101;København;Region Hovedstaden
1609;København V;55.6758;12.5648;0101;København;Region Hovedstaden
1610;København V;55.6739;12.5548;0101;København;Region Hovedstaden
1611;København V;55.676;12.5638;0101;København;Region Hovedstaden
1612;København V;55.6752;12.562;0101;København;Region Hovedstaden
1613;København V;55.6745;12.5617;0101;København;Region Hovedstaden
1614;København V;55.6739;12.5606;0101;København;Region Hovedstaden
1615;København V;55.6737;12.5591;0101;København;Region Hovedstaden
1616;København V;55.6732;12.557;0101;København;Region Hovedstaden
1617;København V;55.673;12.5545;0101;København;Region Hovedstaden
1618;København V;55.6736;12.551;0101;København;Region Hovedstaden
1619;København V;55.6737;12.5501;0101;København;Region Hovedstaden
1620;København V;55.6722;12.5507;0101;København;Region Hovedstaden
1621;København V;55.6729;12.548;0101;København;Region Hovedstaden
1622;København V;55.6724;12.5463;0101;København;Region Hovedstaden
1623;København V;55.6719;12.5453;0101;København;Region Hovedstaden
1624;København V;55.6721;12.546;0101;København;Region Hovedstaden
1630;København V;55.6759;12.5655;0101;København;Region Hovedstaden
1631;København V;55.6827;12.5555;0101;København;Region Hovedstaden
1632;København V;55.6827;12.5549;0101;København;Region Hovedstaden
1633;København V;55.6823;12.5564;0101;København;Region Hovedstaden
1634;København V;55.6819;12.5558;0101;København;Region Hovedstaden
1635;København V;55.6829;12.5561;0101;København;Region Hovedstaden
1650;København V;55.6697;12.5549;0101;København;Region Hovedstaden
1651;København V;55.6722;12.5637;0101;København;Region Hovedstaden
1652;København V;55.6718;12.5626;0101;København;Region Hovedstaden
1653;København V;55.672;12.5612;0101;København;Region Hovedstaden
1654;København V;55.6715;12.5595;0101;København;Region Hovedstaden
1655;København V;55.6714;12.5581;0101;København;Region Hovedstaden
1656;København V;55.6711;12.5568;0101;København;Region Hovedstaden
1657;København V;55.6704;12.5558;0101;København;Region Hovedstaden
1658;København V;55.6704;12.5548;0101;København;Region Hovedstaden
1659;København V;55.6718;12.5545;0101;København;Region Hovedstaden
1660;København V;55.67;12.5528;0101;København;Region Hovedstaden
1661;København V;55.6714;12.5518;0101;København;Region Hovedstaden
1662;København V;55.6698;12.551;0101;København;Region Hovedstaden
1663;København V;55.6692;12.5499;0101;København;Region Hovedstaden
1664;København V;55.6719;12.5492;0101;København;Region Hovedstaden
1665;København V;55.6687;12.549;0101;København;Region Hovedstaden
1666;København V;55.6699;12.5485;0101;København;Region Hovedstaden
1667;København V;55.6691;12.547;0101;København;Region Hovedstaden
1668;København V;55.6684;12.548;0101;København;Region Hovedstaden
1669;København V;55.6672;12.5474;0101;København;Region Hovedstaden
1670;København V;55.667;12.546;0101;København;Region Hovedstaden
1671;København V;55.6667;12.5461;0101;København;Region Hovedstaden
1672;København V;55.6685;12.5464;0101;København;Region Hovedstaden
1673;København V;55.668;12.5465;0101;København;Region Hovedstaden
1674;København V;55.6685;12.5447;0101;København;Region Hovedstaden
1675;København V;55.6665;12.5468;0101;København;Region Hovedstaden
1676;København V;55.6662;12.5485;0101;København;Region Hovedstaden
1677;København V;55.666;12.5469;0101;København;Region Hovedstaden
1699;København V;55.6677;12.5619;0101;København;Region Hovedstaden
1700;København V;55.6695;12.5597;0101;København;Region Hovedstaden
1701;København V;55.6718;12.5633;0101;København;Region Hovedstaden
1702;København V;55.6713;12.5637;0101;København;Region Hovedstaden
1703;København V;55.6705;12.5629;0101;København;Region Hovedstaden
1704;København V;55.6711;12.567;0101;København;Region Hovedstaden
1705;København V;55.6647;12.5522;0101;København;Region Hovedstaden
1706;København V;55.6707;12.56;0101;København;Region Hovedstaden
1707;København V;55.6718;12.5607;0101;København;Region Hovedstaden
1708;København V;55.6696;12.5575;0101;København;Region Hovedstaden
1709;København V;55.6685;12.5543;0101;København;Region Hovedstaden
1710;København V;55.6703;12.5625;0101;København;Region Hovedstaden
1711;København V;55.6679;12.5596;0101;København;Region Hovedstaden
1712;København V;55.6683;12.5577;0101;København;Region Hovedstaden
1714;København V;55.6663;12.5586;0101;København;Region Hovedstaden
1715;København V;55.6686;12.5609;0101;København;Region Hovedstaden
1716;København V;55.6689;12.5588;0101;København;Region Hovedstaden
1717;København V;55.6667;12.5574;0101;København;Region Hovedstaden
1718;København V;55.6666;12.5561;0101;København;Region Hovedstaden
1719;København V;55.6663;12.5554;0101;København;Region Hovedstaden
1720;København V;55.6654;12.5481;0101;København;Region Hovedstaden
1721;København V;55.6663;12.5524;0101;København;Region Hovedstaden
1722;København V;55.666;12.5548;0101;København;Region Hovedstaden
1723;København V;55.6674;12.5524;0101;København;Region Hovedstaden
1724;København V;55.668;12.552;0101;København;Region Hovedstaden
1725;København V;55.6655;12.5542;0101;København;Region Hovedstaden
1726;København V;55.6654;12.5529;0101;København;Region Hovedstaden
1727;København V;55.6651;12.5517;0101;København;Region Hovedstaden
1728;København V;55.6648;12.5506;0101;København;Region Hovedstaden
1729;København V;55.6646;12.5492;0101;København;Region Hovedstaden
1730;København V;55.6644;12.5482;0101;København;Region Hovedstaden
1731;København V;55.6641;12.5468;0101;København;Region Hovedstaden
1732;København V;55.6639;12.5458;0101;København;Region Hovedstaden
1733;København V;55.6637;12.5443;0101;København;Region Hovedstaden
1734;København V;55.6652;12.5457;0101;København;Region Hovedstaden
1735;København V;55.665;12.5452;0101;København;Region Hovedstaden
1736;København V;55.6654;12.5441;0101;København;Region Hovedstaden
1737;København V;55.6648;12.5444;0101;København;Region Hovedstaden
1738;København V;55.6646;12.5437;0101;København;Region Hovedstaden
1739;København V;55.6644;12.543;0101;København;Region Hovedstaden
1749;København V;55.6696;12.5369;0101;København;Region Hovedstaden
1750;København V;55.6678;12.5397;0101;København;Region Hovedstaden
1751;København V;55.6703;12.5446;0101;København;Region Hovedstaden
1752;København V;55.6701;12.5432;0101;København;Region Hovedstaden
1753;København V;55.6696;12.5433;0101;København;Region Hovedstaden
1754;København V;55.6692;12.5441;0101;København;Region Hovedstaden
1755;København V;55.6696;12.5428;0101;København;Region Hovedstaden
1756;København V;55.6695;12.5418;0101;København;Region Hovedstaden
1757;København V;55.6691;12.5408;0101;København;Region Hovedstaden
1758;København V;55.6682;12.542;0101;København;Region Hovedstaden
1759;København V;55.6686;12.5435;0101;København;Region Hovedstaden
1760;København V;55.6657;12.5448;0101;København;Region Hovedstaden
1761;København V;55.6666;12.5401;0101;København;Region Hovedstaden
1762;København V;55.6651;12.5408;0101;København;Region Hovedstaden
1763;København V;55.6651;12.5417;0101;København;Region Hovedstaden
1764;København V;55.665;12.5408;0101;København;Region Hovedstaden
1765;København V;55.6643;12.5391;0101;København;Region Hovedstaden
1766;København V;55.6641;12.5407;0101;København;Region Hovedstaden
1770;København V;55.6686;12.538;0101;København;Region Hovedstaden
1771;København V;55.6685;12.5392;0101;København;Region Hovedstaden
1772;København V;55.6684;12.5386;0101;København;Region Hovedstaden
1773;København V;55.6682;12.538;0101;København;Region Hovedstaden
1774;København V;55.6678;12.5383;0101;København;Region Hovedstaden
1775;København V;55.6679;12.5368;0101;København;Region Hovedstaden
1777;København V;55.6675;12.5376;0101;København;Region Hovedstaden
1785;København V;55.6759;12.5655;0101;København;Region Hovedstaden
1786;København V;55.6759;12.5655;0101;København;Region Hovedstaden
1787;København V;55.6759;12.5655;0101;København;Region Hovedstaden
1799;København V;55.6661;12.5347;0101;København;Region Hovedstaden
1800;Frederiksberg C;55.6707;12.5345;0147;Frederiksberg;Region Hovedstaden
1801;Frederiksberg C;55.6693;12.5342;0147;Frederiksberg;Region Hovedstaden
1802;Frederiksberg C;55.6698;12.534;0147;Frederiksberg;Region Hovedstaden
1803;Frederiksberg C;55.6701;12.5335;0147;Frederiksberg;Region Hovedstaden
1804;Frederiksberg C;55.6698;12.5322;0147;Frederiksberg;Region Hovedstaden
1805;Frederiksberg C;55.668;12.5313;0147;Frederiksberg;Region Hovedstaden
1806;Frederiksberg C;55.6722;12.5334;0147;Frederiksberg;Region Hovedstaden
1807;Frederiksberg C;55.6714;12.5333;0147;Frederiksberg;Region Hovedstaden
1808;Frederiksberg C;55.6715;12.5342;0147;Frederiksberg;Region Hovedstaden
1809;Frederiksberg C;55.6724;12.5358;0147;Frederiksberg;Region Hovedstaden
1810;Frederiksberg C;55.6719;12.5397;0147;Frederiksberg;Region Hovedstaden
1811;Frederiksberg C;55.673;12.5369;0147;Frederiksberg;Region Hovedstaden
1812;Frederiksberg C;55.6721;12.5375;0147;Frederiksberg;Region Hovedstaden
1813;Frederiksberg C;55.6722;12.5387;0147;Frederiksberg;Region Hovedstaden
1814;Frederiksberg C;55.6724;12.5412;0147;Frederiksberg;Region Hovedstaden
1815;Frederiksberg C;55.6728;12.5424;0147;Frederiksberg;Region Hovedstaden
1816;Frederiksberg C;55.6728;12.5435;0147;Frederiksberg;Region Hovedstaden
1817;Frederiksberg C;55.6722;12.543;0147;Frederiksberg;Region Hovedstaden
1818;Frederiksberg C;55.6727;12.5446;0147;Frederiksberg;Region Hovedstaden
1819;Frederiksberg C;55.6736;12.5496;0147;Frederiksberg;Region Hovedstaden
1820;Frederiksberg C;55.6739;12.5418;0147;Frederiksberg;Region Hovedstaden
1822;Frederiksberg C;55.6726;12.5458;0147;Frederiksberg;Region Hovedstaden
1823;Frederiksberg C;55.6729;12.5454;0147;Frederiksberg;Region Hovedstaden
1824;Frederiksberg C;55.6743;12.547;0147;Frederiksberg;Region Hovedstaden
1825;Frederiksberg C;55.6745;12.5456;0147;Frederiksberg;Region Hovedstaden
1826;Frederiksberg C;55.6748;12.5445;0147;Frederiksberg;Region Hovedstaden
1827;Frederiksberg C;55.6749;12.5433;0147;Frederiksberg;Region Hovedstaden
1828;Frederiksberg C;55.675;12.542;0147;Frederiksberg;Region Hovedstaden
1829;Frederiksberg C;55.6752;12.541;0147;Frederiksberg;Region Hovedstaden
1850;Frederiksberg C;55.6763;12.5424;0147;Frederiksberg;Region Hovedstaden
1851;Frederiksberg C;55.6755;12.5396;0147;Frederiksberg;Region Hovedstaden
1852;Frederiksberg C;55.6758;12.5382;0147;Frederiksberg;Region Hovedstaden
1853;Frederiksberg C;55.6754;12.5364;0147;Frederiksberg;Region Hovedstaden
1854;Frederiksberg C;55.6755;12.5346;0147;Frederiksberg;Region Hovedstaden
1855;Frederiksberg C;55.6762;12.5355;0147;Frederiksberg;Region Hovedstaden
1856;Frederiksberg C;55.6768;12.5371;0147;Frederiksberg;Region Hovedstaden
1857;Frederiksberg C;55.6771;12.5356;0147;Frederiksberg;Region Hovedstaden
1860;Frederiksberg C;55.6809;12.536;0147;Frederiksberg;Region Hovedstaden
1861;Frederiksberg C;55.6793;12.5351;0147;Frederiksberg;Region Hovedstaden
1862;Frederiksberg C;55.6795;12.536;0147;Frederiksberg;Region Hovedstaden
1863;Frederiksberg C;55.6798;12.5375;0147;Frederiksberg;Region Hovedstaden
1864;Frederiksberg C;55.6785;12.5383;0147;Frederiksberg;Region Hovedstaden
1865;Frederiksberg C;55.6789;12.5386;0147;Frederiksberg;Region Hovedstaden
1866;Frederiksberg C;55.6779;12.5382;0147;Frederiksberg;Region Hovedstaden
1867;Frederiksberg C;55.6786;12.54;0147;Frederiksberg;Region Hovedstaden
1868;Frederiksberg C;55.6775;12.5404;0147;Frederiksberg;Region Hovedstaden
1870;Frederiksberg C;55.6804;12.5417;0147;Frederiksberg;Region Hovedstaden
1871;Frederiksberg C;55.6812;12.545;0147;Frederiksberg;Region Hovedstaden
1872;Frederiksberg C;55.6803;12.5452;0147;Frederiksberg;Region Hovedstaden
1873;Frederiksberg C;55.68;12.5444;0147;Frederiksberg;Region Hovedstaden
1874;Frederiksberg C;55.6796;12.5465;0147;Frederiksberg;Region Hovedstaden
1875;Frederiksberg C;55.6789;12.5452;0147;Frederiksberg;Region Hovedstaden
1876;Frederiksberg C;55.678;12.5449;0147;Frederiksberg;Region Hovedstaden
1877;Frederiksberg C;55.677;12.5433;0147;Frederiksberg;Region Hovedstaden
1878;Frederiksberg C;55.6768;12.5446;0147;Frederiksberg;Region Hovedstaden
1879;Frederiksberg C;55.6802;12.5485;0147;Frederiksberg;Region Hovedstaden
1900;Frederiksberg C;55.6778;12.555;0147;Frederiksberg;Region Hovedstaden
1901;Frederiksberg C;55.6761;12.5464;0147;Frederiksberg;Region Hovedstaden
1902;Frederiksberg C;55.6774;12.5481;0147;Frederiksberg;Region Hovedstaden
1903;Frederiksberg C;55.677;12.5492;0147;Frederiksberg;Region Hovedstaden
1904;Frederiksberg C;55.6764;12.5503;0147;Frederiksberg;Region Hovedstaden
1905;Frederiksberg C;55.6757;12.5508;0147;Frederiksberg;Region Hovedstaden
1906;Frederiksberg C;55.6752;12.5515;0147;Frederiksberg;Region Hovedstaden
1908;Frederiksberg C;55.6748;12.5536;0147;Frederiksberg;Region Hovedstaden
1909;Frederiksberg C;55.6758;12.5525;0147;Frederiksberg;Region Hovedstaden
1910;Frederiksberg C;55.6794;12.551;0147;Frederiksberg;Region Hovedstaden
1911;Frederiksberg C;55.6781;12.5509;0147;Frederiksberg;Region Hovedstaden
1912;Frederiksberg C;55.679;12.5512;0147;Frederiksberg;Region Hovedstaden
1913;Frederiksberg C;55.6786;12.5524;0147;Frederiksberg;Region Hovedstaden
1914;Frederiksberg C;55.6781;12.5536;0147;Frederiksberg;Region Hovedstaden
1915;Frederiksberg C;55.6787;12.5531;0147;Frederiksberg;Region Hovedstaden
1916;Frederiksberg C;55.6776;12.5554;0147;Frederiksberg;Region Hovedstaden
1917;Frederiksberg C;55.6769;12.5552;0147;Frederiksberg;Region Hovedstaden
1920;Frederiksberg C;55.68;12.5516;0147;Frederiksberg;Region Hovedstaden
1921;Frederiksberg C;55.6799;12.5529;0147;Frederiksberg;Region Hovedstaden
1922;Frederiksberg C;55.6801;12.5534;0147;Frederiksberg;Region Hovedstaden
1923;Frederiksberg C;55.6811;12.5503;0147;Frederiksberg;Region Hovedstaden
1924;Frederiksberg C;55.6812;12.5514;0147;Frederiksberg;Region Hovedstaden
1925;Frederiksberg C;55.6808;12.5536;0147;Frederiksberg;Region Hovedstaden
1926;Frederiksberg C;55.6801;12.556;0147;Frederiksberg;Region Hovedstaden
1927;Frederiksberg C;55.6794;12.5557;0147;Frederiksberg;Region Hovedstaden
1928;Frederiksberg C;55.6788;12.5558;0147;Frederiksberg;Region Hovedstaden
1950;Frederiksberg C;55.6817;12.5371;0147;Frederiksberg;Region Hovedstaden
1951;Frederiksberg C;55.6821;12.5364;0147;Frederiksberg;Region Hovedstaden
1952;Frederiksberg C;55.6824;12.537;0147;Frederiksberg;Region Hovedstaden
1953;Frederiksberg C;55.6828;12.5377;0147;Frederiksberg;Region Hovedstaden
1954;Frederiksberg C;55.6839;12.5392;0147;Frederiksberg;Region Hovedstaden
1955;Frederiksberg C;55.6836;12.5403;0147;Frederiksberg;Region Hovedstaden
1956;Frederiksberg C;55.6835;12.5413;0147;Frederiksberg;Region Hovedstaden
1957;Frederiksberg C;55.6832;12.5421;0147;Frederiksberg;Region Hovedstaden
1958;Frederiksberg C;55.6848;12.5425;0147;Frederiksberg;Region Hovedstaden
1959;Frederiksberg C;55.6858;12.5413;0147;Frederiksberg;Region Hovedstaden
1960;Frederiksberg C;55.6847;12.5512;0147;Frederiksberg;Region Hovedstaden
1961;Frederiksberg C;55.6816;12.5471;0147;Frederiksberg;Region Hovedstaden
1962;Frederiksberg C;55.6824;12.5475;0147;Frederiksberg;Region Hovedstaden
1963;Frederiksberg C;55.6813;12.5481;0147;Frederiksberg;Region Hovedstaden
1964;Frederiksberg C;55.6842;12.548;0147;Frederiksberg;Region Hovedstaden
1965;Frederiksberg C;55.6833;12.5483;0147;Frederiksberg;Region Hovedstaden
1966;Frederiksberg C;55.6833;12.5508;0147;Frederiksberg;Region Hovedstaden
1967;Frederiksberg C;55.6843;12.5499;0147;Frederiksberg;Region Hovedstaden
1970;Frederiksberg C;55.6826;12.5499;0147;Frederiksberg;Region Hovedstaden
1971;Frederiksberg C;55.6841;12.5521;0147;Frederiksberg;Region Hovedstaden
1972;Frederiksberg C;55.6836;12.5526;0147;Frederiksberg;Region Hovedstaden
1973;Frederiksberg C;55.6835;12.5538;0147;Frederiksberg;Region Hovedstaden
1974;Frederiksberg C;55.6828;12.5543;0147;Frederiksberg;Region Hovedstaden
2000;Frederiksberg;55.6825;12.5179;0147;Frederiksberg;Region Hovedstaden
2100;København Ø;55.7072;12.572;0101;København;Region Hovedstaden
2150;Nordhavn;55.7119;12.5984;0101;København;Region Hovedstaden
2200;København N;55.6948;12.5503;0101;København;Region Hovedstaden
2300;København S;55.6511;12.603;0101;København;Region Hovedstaden
2400;København NV;55.7086;12.5263;0101;København;Region Hovedstaden
2450;København SV;55.6484;12.5359;0101;København;Region Hovedstaden
2500;Valby;55.661;12.5006;0101;København;Region Hovedstaden
2600;Glostrup;55.6813;12.4039;0161;Glostrup;Region Hovedstaden
2605;Brøndby;55.6527;12.4132;0153;Brøndby;Region Hovedstaden
2610;Rødovre;55.6889;12.451;0175;Rødovre;Region Hovedstaden
2620;Albertslund;55.6671;12.349;0165;Albertslund;Region Hovedstaden
2625;Vallensbæk;55.6477;12.3623;0187;Vallensbæk;Region Hovedstaden
2630;Taastrup;55.65;12.2904;0169;Høje-Taastrup;Region Hovedstaden
2635;Ishøj;55.6154;12.3395;0183;Ishøj;Region Hovedstaden
2640;Hedehusene;55.6508;12.1977;0169;Høje-Taastrup;Region Hovedstaden
2650;Hvidovre;55.6367;12.4717;0167;Hvidovre;Region Hovedstaden
2660;Brøndby Strand;55.6227;12.417;0153;Brøndby;Region Hovedstaden
2665;Vallensbæk Strand;55.6218;12.3864;0187;Vallensbæk;Region Hovedstaden
2670;Greve;55.5906;12.3018;0253;Greve;Region Sjælland
2680;Solrød Strand;55.532;12.213;0269;Solrød;Region Sjælland
2690;Karlslunde;55.5663;12.2468;0253;Greve;Region Sjælland
2700;Brønshøj;55.7069;12.4845;0101;København;Region Hovedstaden
2720;Vanløse;55.6896;12.4869;0101;København;Region Hovedstaden
2730;Herlev;55.7338;12.4278;0163;Herlev;Region Hovedstaden
2740;Skovlunde;55.7154;12.3989;0151;Ballerup;Region Hovedstaden
2750;Ballerup;55.7333;12.3566;0151;Ballerup;Region Hovedstaden
2760;Måløv;55.7513;12.3197;0151;Ballerup;Region Hovedstaden
2765;Smørum;55.7361;12.2977;0240;Egedal;Region Hovedstaden
2770;Kastrup;55.6227;12.6094;0185;Tårnby;Region Hovedstaden
2791;Dragør;55.5882;12.6482;0155;Dragør;Region Hovedstaden
2800;Kongens Lyngby;55.7801;12.5122;0173;Lyngby-Taarbæk;Region Hovedstaden
2820;Gentofte;55.751;12.5302;0157;Gentofte;Region Hovedstaden
2830;Virum;55.7912;12.4705;0173;Lyngby-Taarbæk;Region Hovedstaden
2840;Holte;55.8192;12.4855;0230;Rudersdal;Region Hovedstaden
2850;Nærum;55.8182;12.533;0230;Rudersdal;Region Hovedstaden
2860;Søborg;55.7361;12.483;0159;Gladsaxe;Region Hovedstaden
2870;Dyssegård;55.7328;12.5268;0157;Gentofte;Region Hovedstaden
2880;Bagsværd;55.7571;12.4558;0159;Gladsaxe;Region Hovedstaden
2900;Hellerup;55.7344;12.5601;0157;Gentofte;Region Hovedstaden
2920;Charlottenlund;55.7582;12.573;0157;Gentofte;Region Hovedstaden
2930;Klampenborg;55.7701;12.5886;0157;Gentofte;Region Hovedstaden
2942;Skodsborg;55.8275;12.5719;0230;Rudersdal;Region Hovedstaden
2950;Vedbæk;55.8461;12.5454;0230;Rudersdal;Region Hovedstaden
2960;Rungsted Kyst;55.8868;12.5306;0223;Hørsholm;Region Hovedstaden
2970;Hørsholm;55.8892;12.4963;0223;Hørsholm;Region Hovedstaden
2980;Kokkedal;55.9115;12.4889;0210;Fredensborg;Region Hovedstaden
2990;Nivå;55.9374;12.5002;0210;Fredensborg;Region Hovedstaden
3000;Helsingør;56.0337;12.5881;0217;Helsingør;Region Hovedstaden
3050;Humlebæk;55.9604;12.5221;0210;Fredensborg;Region Hovedstaden
3060;Espergærde;55.9917;12.5419;0217;Helsingør;Region Hovedstaden
3070;Snekkersten;56.0119;12.5766;0217;Helsingør;Region Hovedstaden
3080;Tikøb;56.029;12.4465;0217;Helsingør;Region Hovedstaden
3100;Hornbæk;56.084;12.4523;0217;Helsingør;Region Hovedstaden
3120;Dronningmølle;56.0969;12.3818;0270;Gribskov;Region Hovedstaden
3140;Ålsgårde;56.0774;12.5283;0217;Helsingør;Region Hovedstaden
3150;Hellebæk;56.0668;12.5577;0217;Helsingør;Region Hovedstaden
3200;Helsinge;56.016;12.1849;0270;Gribskov;Region Hovedstaden
3210;Vejby;56.0804;12.1437;0270;Gribskov;Region Hovedstaden
3220;Tisvildeleje;56.0579;12.0915;0270;Gribskov;Region Hovedstaden
3230;Græsted;56.0765;12.2586;0270;Gribskov;Region Hovedstaden
3250;Gilleleje;56.116;12.2866;0270;Gribskov;Region Hovedstaden
3300;Frederiksværk;55.9787;12.0242;0260;Halsnæs;Region Hovedstaden
3310;Ølsted;55.9124;12.0604;0260;Halsnæs;Region Hovedstaden
3320;Skævinge;55.9179;12.1528;0219;Hillerød;Region Hovedstaden
3330;Gørløse;55.8839;12.1997;0219;Hillerød;Region Hovedstaden
3360;Liseleje;56.0078;11.9679;0260;Halsnæs;Region Hovedstaden
3370;Melby;55.992;11.9718;0260;Halsnæs;Region Hovedstaden
3390;Hundested;55.9662;11.8782;0260;Halsnæs;Region Hovedstaden
3400;Hillerød;55.9359;12.2918;0219;Hillerød;Region Hovedstaden
3450;Allerød;55.8692;12.3484;0201;Allerød;Region Hovedstaden
3460;Birkerød;55.8423;12.4296;0230;Rudersdal;Region Hovedstaden
3480;Fredensborg;55.9727;12.4105;0210;Fredensborg;Region Hovedstaden
3490;Kvistgård;55.9961;12.501;0217;Helsingør;Region Hovedstaden
3500;Værløse;55.7763;12.364;0190;Furesø;Region Hovedstaden
3520;Farum;55.8171;12.3713;0190;Furesø;Region Hovedstaden
3540;Lynge;55.8379;12.2804;0201;Allerød;Region Hovedstaden
3550;Slangerup;55.8462;12.1744;0250;Frederikssund;Region Hovedstaden
3600;Frederikssund;55.8383;12.0732;0250;Frederikssund;Region Hovedstaden
3630;Jægerspris;55.8631;11.96;0250;Frederikssund;Region Hovedstaden
3650;Ølstykke;55.7836;12.1609;0240;Egedal;Region Hovedstaden
3660;Stenløse;55.7772;12.2177;0240;Egedal;Region Hovedstaden
3670;Veksø Sjælland;55.7576;12.2386;0240;Egedal;Region Hovedstaden
3700;Rønne;55.1065;14.7247;0400;Bornholm;Region Hovedstaden
3720;Aakirkeby;55.053;14.9259;0400;Bornholm;Region Hovedstaden
3730;Nexø;55.0428;15.1073;0400;Bornholm;Region Hovedstaden
3740;Svaneke;55.1313;15.1295;0400;Bornholm;Region Hovedstaden
3751;Østermarie;55.1385;15.0191;0400;Bornholm;Region Hovedstaden
3760;Gudhjem;55.1964;14.9504;0400;Bornholm;Region Hovedstaden
3770;Allinge;55.2654;14.805;0400;Bornholm;Region Hovedstaden
3782;Klemensker;55.18;14.8112;0400;Bornholm;Region Hovedstaden
3790;Hasle;55.1928;14.7193;0400;Bornholm;Region Hovedstaden
4000;Roskilde;55.6513;12.0958;0265;Roskilde;Region Sjælland
4030;Tune;55.5955;12.1851;0253;Greve;Region Sjælland
4040;Jyllinge;55.7585;12.1069;0265;Roskilde;Region Sjælland
4050;Skibby;55.7585;11.9552;0250;Frederikssund;Region Hovedstaden
4060;Kirke Såby;55.6459;11.8572;0350;Lejre;Region Sjælland
4070;Kirke Hyllinge;55.7007;11.8935;0350;Lejre;Region Sjælland
4100;Ringsted;55.4442;11.8065;0329;Ringsted;Region Sjælland
4130;Viby Sjælland;55.5499;12.0221;0265;Roskilde;Region Sjælland
4140;Borup;55.4947;11.9809;0259;Køge;Region Sjælland
4160;Herlufmagle;55.3139;11.751;0370;Næstved;Region Sjælland
4171;Glumsø;55.3621;11.6897;0370;Næstved;Region Sjælland
4173;Fjenneslev;55.4334;11.6617;0340;Sorø;Region Sjælland
4174;Jystrup Midtsj;55.5176;11.8643;0329;Ringsted;Region Sjælland
4180;Sorø;55.4361;11.5633;0340;Sorø;Region Sjælland
4190;Munke Bjergby;55.4991;11.5253;0340;Sorø;Region Sjælland
4200;Slagelse;55.4044;11.3353;0330;Slagelse;Region Sjælland
4220;Korsør;55.3415;11.1549;0330;Slagelse;Region Sjælland
4230;Skælskør;55.2517;11.3043;0330;Slagelse;Region Sjælland
4241;Vemmelev;55.3612;11.2565;0330;Slagelse;Region Sjælland
4242;Boeslunde;55.305;11.2653;0330;Slagelse;Region Sjælland
4243;Rude;55.2142;11.4891;0330;Slagelse;Region Sjælland
4244;Agersø;55.2155;11.186;0330;Slagelse;Region Sjælland
4245;Omø;55.1575;11.1527;0330;Slagelse;Region Sjælland
4250;Fuglebjerg;55.3092;11.5482;0370;Næstved;Region Sjælland
4261;Dalmose;55.2855;11.4168;0330;Slagelse;Region Sjælland
4262;Sandved;55.2534;11.5218;0370;Næstved;Region Sjælland
4270;Høng;55.5073;11.296;0326;Kalundborg;Region Sjælland
4281;Gørlev;55.5324;11.1825;0326;Kalundborg;Region Sjælland
4291;Ruds Vedby;55.5393;11.3794;0340;Sorø;Region Sjælland
4293;Dianalund;55.5331;11.4889;0340;Sorø;Region Sjælland
4295;Stenlille;55.543;11.5842;0340;Sorø;Region Sjælland
4296;Nyrup;55.5434;11.6494;0340;Sorø;Region Sjælland
4300;Holbæk;55.7186;11.7069;0316;Holbæk;Region Sjælland
4305;Orø;55.7717;11.813;0316;Holbæk;Region Sjælland
4320;Lejre;55.5819;11.9668;0350;Lejre;Region Sjælland
4330;Hvalsø;55.5938;11.8649;0350;Lejre;Region Sjælland
4340;Tølløse;55.6114;11.727;0316;Holbæk;Region Sjælland
4350;Ugerløse;55.5881;11.6489;0316;Holbæk;Region Sjælland
4360;Kirke Eskilstrup;55.5705;11.7737;0316;Holbæk;Region Sjælland
4370;Store Merløse;55.5462;11.7159;0316;Holbæk;Region Sjælland
4390;Vipperød;55.6675;11.7431;0316;Holbæk;Region Sjælland
4400;Kalundborg;55.6882;11.0848;0326;Kalundborg;Region Sjælland
4420;Regstrup;55.6664;11.6185;0316;Holbæk;Region Sjælland
4440;Mørkøv;55.6513;11.5085;0316;Holbæk;Region Sjælland
4450;Jyderup;55.6602;11.4104;0316;Holbæk;Region Sjælland
4460;Snertinge;55.7118;11.3801;0326;Kalundborg;Region Sjælland
4470;Svebølle;55.6511;11.2885;0326;Kalundborg;Region Sjælland
4480;Store Fuglede;55.5759;11.1709;0326;Kalundborg;Region Sjælland
4490;Jerslev Sjælland;55.6163;11.2278;0326;Kalundborg;Region Sjælland
4500;Nykøbing Sj;55.9281;11.6393;0306;Odsherred;Region Sjælland
4520;Svinninge;55.7188;11.4769;0316;Holbæk;Region Sjælland
4532;Gislinge;55.7328;11.5543;0316;Holbæk;Region Sjælland
4534;Hørve;55.7538;11.4328;0306;Odsherred;Region Sjælland
4540;Fårevejle;55.8166;11.4282;0306;Odsherred;Region Sjælland
4550;Asnæs;55.8255;11.4991;0306;Odsherred;Region Sjælland
4560;Vig;55.8585;11.5577;0306;Odsherred;Region Sjælland
4571;Grevinge;55.7935;11.5885;0306;Odsherred;Region Sjælland
4572;Nørre Asmindrup;55.8798;11.6151;0306;Odsherred;Region Sjælland
4573;Højby;55.9059;11.5548;0306;Odsherred;Region Sjælland
4581;Rørvig;55.9497;11.7498;0306;Odsherred;Region Sjælland
4583;Sjællands Odde;55.9712;11.3624;0306;Odsherred;Region Sjælland
4591;Føllenslev;55.746;11.3329;0326;Kalundborg;Region Sjælland
4592;Sejerø;55.8916;11.1334;0326;Kalundborg;Region Sjælland
4593;Eskebjerg;55.7022;11.274;0326;Kalundborg;Region Sjælland
4600;Køge;55.4624;12.1696;0259;Køge;Region Sjælland
4621;Gadstrup;55.5705;12.1032;0265;Roskilde;Region Sjælland
4622;Havdrup;55.5438;12.1221;0269;Solrød;Region Sjælland
4623;Lille Skensved;55.4975;12.096;0259;Køge;Region Sjælland
4632;Bjæverskov;55.4571;12.0418;0259;Køge;Region Sjælland
4640;Faxe;55.2452;12.12;0320;Faxe;Region Sjælland
4652;Hårlev;55.3509;12.2291;0336;Stevns;Region Sjælland
4653;Karise;55.3055;12.1959;0320;Faxe;Region Sjælland
4654;Faxe Ladeplads;55.2174;12.1601;0320;Faxe;Region Sjælland
4660;Store Heddinge;55.3096;12.3772;0336;Stevns;Region Sjælland
4671;Strøby;55.395;12.2964;0336;Stevns;Region Sjælland
4672;Klippinge;55.3553;12.3319;0336;Stevns;Region Sjælland
4673;Rødvig Stevns;55.2576;12.3671;0336;Stevns;Region Sjælland
4681;Herfølge;55.4109;12.1414;0259;Køge;Region Sjælland
4682;Tureby;55.3841;12.0821;0259;Køge;Region Sjælland
4683;Rønnede;55.2514;12.0302;0320;Faxe;Region Sjælland
4684;Holmegaard;55.268;11.8297;0370;Næstved;Region Sjælland
4690;Haslev;55.325;11.9696;0320;Faxe;Region Sjælland
4700;Næstved;55.2237;11.7629;0370;Næstved;Region Sjælland
4720;Præstø;55.1112;12.0618;0390;Vordingborg;Region Sjælland
4733;Tappernøje;55.1769;11.9719;0370;Næstved;Region Sjælland
4735;Mern;55.0464;12.0706;0390;Vordingborg;Region Sjælland
4736;Karrebæksminde;55.1778;11.6523;0370;Næstved;Region Sjælland
4750;Lundby;55.1098;11.8361;0390;Vordingborg;Region Sjælland
4760;Vordingborg;55.0184;11.9152;0390;Vordingborg;Region Sjælland
4771;Kalvehave;55.003;12.1508;0390;Vordingborg;Region Sjælland
4772;Langebæk;54.9976;12.0811;0390;Vordingborg;Region Sjælland
4773;Stensved;54.995;12.0268;0390;Vordingborg;Region Sjælland
4780;Stege;54.9904;12.2915;0390;Vordingborg;Region Sjælland
4791;Borre;54.9777;12.4697;0390;Vordingborg;Region Sjælland
4792;Askeby;54.9063;12.1605;0390;Vordingborg;Region Sjælland
4793;Bogø By;54.9233;12.0508;0390;Vordingborg;Region Sjælland
4800;Nykøbing F;54.7723;11.884;0376;Guldborgsund;Region Sjælland
4840;Nørre Alslev;54.9069;11.8529;0376;Guldborgsund;Region Sjælland
4850;Stubbekøbing;54.8846;12.0383;0376;Guldborgsund;Region Sjælland
4862;Guldborg;54.8637;11.7322;0376;Guldborgsund;Region Sjælland
4863;Eskilstrup;54.8542;11.8843;0376;Guldborgsund;Region Sjælland
4871;Horbelev;54.8238;12.0644;0376;Guldborgsund;Region Sjælland
4872;Idestrup;54.7247;11.9782;0376;Guldborgsund;Region Sjælland
4873;Væggerløse;54.6829;11.9496;0376;Guldborgsund;Region Sjælland
4874;Gedser;54.5953;11.944;0376;Guldborgsund;Region Sjælland
4880;Nysted;54.6704;11.7255;0376;Guldborgsund;Region Sjælland
4891;Toreby L;54.7597;11.7775;0376;Guldborgsund;Region Sjælland
4892;Kettinge;54.7008;11.747;0376;Guldborgsund;Region Sjælland
4894;Øster Ulslev;54.6958;11.6061;0376;Guldborgsund;Region Sjælland
4895;Errindlev;54.6636;11.5015;0360;Lolland;Region Sjælland
4900;Nakskov;54.8288;11.1277;0360;Lolland;Region Sjælland
4912;Harpelunde;54.8771;11.0719;0360;Lolland;Region Sjælland
4913;Horslunde;54.9212;11.2104;0360;Lolland;Region Sjælland
4920;Søllested;54.8032;11.278;0360;Lolland;Region Sjælland
4930;Maribo;54.7737;11.4972;0360;Lolland;Region Sjælland
4941;Bandholm;54.8389;11.4681;0360;Lolland;Region Sjælland
4942;Askø;54.893;11.4993;0360;Lolland;Region Sjælland
4943;Torrig L;54.9085;11.3244;0360;Lolland;Region Sjælland
4944;Fejø;54.9441;11.4089;0360;Lolland;Region Sjælland
4945;Femø;54.9739;11.5378;0360;Lolland;Region Sjælland
4951;Nørreballe;54.8094;11.4285;0360;Lolland;Region Sjælland
4952;Stokkemarke;54.843;11.3728;0360;Lolland;Region Sjælland
4953;Vesterborg;54.8652;11.2954;0360;Lolland;Region Sjælland
4960;Holeby;54.7098;11.4829;0360;Lolland;Region Sjælland
4970;Rødby;54.6835;11.3591;0360;Lolland;Region Sjælland
4983;Dannemare;54.7396;11.189;0360;Lolland;Region Sjælland
4990;Sakskøbing;54.7971;11.6452;0376;Guldborgsund;Region Sjælland
5000;Odense C;55.4028;10.392;0461;Odense;Region Syddanmark
5200;Odense V;55.3953;10.3289;0461;Odense;Region Syddanmark
5210;Odense NV;55.415;10.3132;0461;Odense;Region Syddanmark
5220;Odense SØ;55.3727;10.4601;0461;Odense;Region Syddanmark
5230;Odense M;55.381;10.4017;0461;Odense;Region Syddanmark
5240;Odense NØ;55.4176;10.4446;0461;Odense;Region Syddanmark
5250;Odense SV;55.3585;10.3366;0461;Odense;Region Syddanmark
5260;Odense S;55.3462;10.3902;0461;Odense;Region Syddanmark
5270;Odense N;55.4341;10.3612;0461;Odense;Region Syddanmark
5290;Marslev;55.395;10.5238;0440;Kerteminde;Region Syddanmark
5300;Kerteminde;55.4519;10.6486;0440;Kerteminde;Region Syddanmark
5320;Agedrup;55.4259;10.4757;0461;Odense;Region Syddanmark
5330;Munkebo;55.458;10.5544;0440;Kerteminde;Region Syddanmark
5350;Rynkeby;55.3997;10.6134;0440;Kerteminde;Region Syddanmark
5370;Mesinge;55.508;10.629;0440;Kerteminde;Region Syddanmark
5380;Dalby;55.5166;10.6722;0440;Kerteminde;Region Syddanmark
5390;Martofte;55.5703;10.6254;0440;Kerteminde;Region Syddanmark
5400;Bogense;55.5548;10.0939;0480;Nordfyns;Region Syddanmark
5450;Otterup;55.5401;10.4029;0480;Nordfyns;Region Syddanmark
5462;Morud;55.4437;10.1928;0480;Nordfyns;Region Syddanmark
5463;Harndrup;55.4572;10.0226;0410;Middelfart;Region Syddanmark
5464;Brenderup Fyn;55.4986;9.9731;0410;Middelfart;Region Syddanmark
5466;Asperup;55.4964;9.9025;0410;Middelfart;Region Syddanmark
5471;Søndersø;55.4912;10.2028;0480;Nordfyns;Region Syddanmark
5474;Veflinge;55.4682;10.1526;0480;Nordfyns;Region Syddanmark
5485;Skamby;55.5188;10.2766;0480;Nordfyns;Region Syddanmark
5491;Blommenslyst;55.3879;10.25;0461;Odense;Region Syddanmark
5492;Vissenbjerg;55.3875;10.137;0420;Assens;Region Syddanmark
5500;Middelfart;55.5063;9.764;0410;Middelfart;Region Syddanmark
5540;Ullerslev;55.3583;10.6646;0450;Nyborg;Region Syddanmark
5550;Langeskov;55.3614;10.5855;0440;Kerteminde;Region Syddanmark
5560;Aarup;55.3759;10.0484;0420;Assens;Region Syddanmark
5580;Nørre Aaby;55.4544;9.8711;0410;Middelfart;Region Syddanmark
5591;Gelsted;55.3948;9.9623;0410;Middelfart;Region Syddanmark
5592;Ejby;55.4228;9.9224;0410;Middelfart;Region Syddanmark
5600;Faaborg;55.1049;10.2503;0430;Faaborg-Midtfyn;Region Syddanmark
5601;Lyø;55.0434;10.1513;0430;Faaborg-Midtfyn;Region Syddanmark
5602;Avernakø;55.025;10.2758;0430;Faaborg-Midtfyn;Region Syddanmark
5603;Bjørnø;55.0639;10.2517;0430;Faaborg-Midtfyn;Region Syddanmark
5610;Assens;55.2803;9.9166;0420;Assens;Region Syddanmark
5620;Glamsbjerg;55.2758;10.0941;0420;Assens;Region Syddanmark
5631;Ebberup;55.2081;9.9902;0420;Assens;Region Syddanmark
5642;Millinge;55.1412;10.1733;0430;Faaborg-Midtfyn;Region Syddanmark
5672;Broby;55.2422;10.2629;0430;Faaborg-Midtfyn;Region Syddanmark
5683;Haarby;55.2123;10.1075;0420;Assens;Region Syddanmark
5690;Tommerup;55.3243;10.2044;0420;Assens;Region Syddanmark
5700;Svendborg;55.0528;10.6094;0479;Svendborg;Region Syddanmark
5750;Ringe;55.2326;10.4568;0430;Faaborg-Midtfyn;Region Syddanmark
5762;Vester Skerninge;55.0722;10.4594;0479;Svendborg;Region Syddanmark
5771;Stenstrup;55.1272;10.5131;0479;Svendborg;Region Syddanmark
5772;Kværndrup;55.179;10.5316;0430;Faaborg-Midtfyn;Region Syddanmark
5792;Årslev;55.3009;10.4407;0430;Faaborg-Midtfyn;Region Syddanmark
5800;Nyborg;55.322;10.7801;0450;Nyborg;Region Syddanmark
5853;Ørbæk;55.264;10.6608;0450;Nyborg;Region Syddanmark
5854;Gislev;55.2161;10.6006;0430;Faaborg-Midtfyn;Region Syddanmark
5856;Ryslinge;55.2371;10.5366;0430;Faaborg-Midtfyn;Region Syddanmark
5863;Ferritslev Fyn;55.3133;10.5821;0430;Faaborg-Midtfyn;Region Syddanmark
5871;Frørup;55.2388;10.7645;0450;Nyborg;Region Syddanmark
5874;Hesselager;55.1711;10.766;0479;Svendborg;Region Syddanmark
5881;Skårup Fyn;55.0869;10.6986;0479;Svendborg;Region Syddanmark
5882;Vejstrup;55.1092;10.7094;0479;Svendborg;Region Syddanmark
5883;Oure;55.1218;10.725;0479;Svendborg;Region Syddanmark
5884;Gudme;55.1497;10.7034;0479;Svendborg;Region Syddanmark
5892;Gudbjerg Sydfyn;55.157;10.6569;0479;Svendborg;Region Syddanmark
5900;Rudkøbing;54.923;10.7403;0482;Langeland;Region Syddanmark
5932;Humble;54.8126;10.6901;0482;Langeland;Region Syddanmark
5935;Bagenkop;54.7511;10.6862;0482;Langeland;Region Syddanmark
5943;Strynø;54.9049;10.6108;0482;Langeland;Region Syddanmark
5953;Tranekær;55.0605;10.8773;0482;Langeland;Region Syddanmark
5960;Marstal;54.8575;10.5085;0492;Ærø;Region Syddanmark
5965;Birkholm;54.9307;10.5042;0492;Ærø;Region Syddanmark
5970;Ærøskøbing;54.8771;10.3895;0492;Ærø;Region Syddanmark
5985;Søby Ærø;54.9319;10.2671;0492;Ærø;Region Syddanmark
6000;Kolding;55.4924;9.4798;0621;Kolding;Region Syddanmark
6040;Egtved;55.61;9.3509;0630;Vejle;Region Syddanmark
6051;Almind;55.5629;9.4824;0621;Kolding;Region Syddanmark
6052;Viuf;55.5882;9.4914;0621;Kolding;Region Syddanmark
6064;Jordrup;55.5509;9.3138;0621;Kolding;Region Syddanmark
6070;Christiansfeld;55.3609;9.4699;0621;Kolding;Region Syddanmark
6091;Bjert;55.4528;9.5657;0621;Kolding;Region Syddanmark
6092;Sønder Stenderup;55.4581;9.6225;0621;Kolding;Region Syddanmark
6093;Sjølund;55.4074;9.5588;0621;Kolding;Region Syddanmark
6094;Hejls;55.3733;9.5986;0621;Kolding;Region Syddanmark
6100;Haderslev;55.2431;9.5239;0510;Haderslev;Region Syddanmark
6200;Aabenraa;55.033;9.4398;0580;Aabenraa;Region Syddanmark
6210;Barsø;55.1214;9.5554;0580;Aabenraa;Region Syddanmark
6230;Rødekro;55.072;9.3241;0580;Aabenraa;Region Syddanmark
6240;Løgumkloster;55.0555;8.979;0550;Tønder;Region Syddanmark
6261;Bredebro;55.0545;8.7706;0550;Tønder;Region Syddanmark
6270;Tønder;54.9442;8.8692;0550;Tønder;Region Syddanmark
6280;Højer;54.973;8.704;0550;Tønder;Region Syddanmark
6300;Gråsten;54.9146;9.5725;0540;Sønderborg;Region Syddanmark
6310;Broager;54.8859;9.6782;0540;Sønderborg;Region Syddanmark
6320;Egernsund;54.9041;9.6154;0540;Sønderborg;Region Syddanmark
6330;Padborg;54.8367;9.3538;0580;Aabenraa;Region Syddanmark
6340;Kruså;54.858;9.4359;0580;Aabenraa;Region Syddanmark
6360;Tinglev;54.9316;9.2426;0580;Aabenraa;Region Syddanmark
6372;Bylderup-Bov;54.9577;9.1024;0580;Aabenraa;Region Syddanmark
6392;Bolderslev;54.9917;9.2719;0580;Aabenraa;Region Syddanmark
6400;Sønderborg;54.9213;9.7764;0540;Sønderborg;Region Syddanmark
6430;Nordborg;55.0331;9.7881;0540;Sønderborg;Region Syddanmark
6440;Augustenborg;54.9631;9.9198;0540;Sønderborg;Region Syddanmark
6470;Sydals;54.9011;9.9565;0540;Sønderborg;Region Syddanmark
6500;Vojens;55.2428;9.2999;0510;Haderslev;Region Syddanmark
6510;Gram;55.2814;9.0265;0510;Haderslev;Region Syddanmark
6520;Toftlund;55.1794;9.0356;0550;Tønder;Region Syddanmark
6534;Agerskov;55.1294;9.1426;0550;Tønder;Region Syddanmark
6535;Branderup J;55.1198;9.065;0550;Tønder;Region Syddanmark
6541;Bevtoft;55.198;9.204;0510;Haderslev;Region Syddanmark
6560;Sommersted;55.3226;9.284;0510;Haderslev;Region Syddanmark
6580;Vamdrup;55.4235;9.3053;0621;Kolding;Region Syddanmark
6600;Vejen;55.4789;9.1389;0575;Vejen;Region Syddanmark
6621;Gesten;55.5269;9.2039;0575;Vejen;Region Syddanmark
6622;Bække;55.5753;9.1472;0575;Vejen;Region Syddanmark
6623;Vorbasse;55.6354;9.0813;0530;Billund;Region Syddanmark
6630;Rødding;55.3707;9.1124;0575;Vejen;Region Syddanmark
6640;Lunderskov;55.4831;9.3079;0621;Kolding;Region Syddanmark
6650;Brørup;55.4951;9.0153;0575;Vejen;Region Syddanmark
6660;Lintrup;55.4117;8.9784;0575;Vejen;Region Syddanmark
6670;Holsted;55.4998;8.9129;0575;Vejen;Region Syddanmark
6682;Hovborg;55.6063;8.9381;0575;Vejen;Region Syddanmark
6683;Føvling;55.4394;8.9093;0575;Vejen;Region Syddanmark
6690;Gørding;55.4732;8.8019;0561;Esbjerg;Region Syddanmark
6700;Esbjerg;55.4732;8.4592;0561;Esbjerg;Region Syddanmark
6705;Esbjerg Ø;55.4886;8.4965;0561;Esbjerg;Region Syddanmark
6710;Esbjerg V;55.5165;8.3942;0561;Esbjerg;Region Syddanmark
6715;Esbjerg N;55.517;8.4587;0561;Esbjerg;Region Syddanmark
6720;Fanø;55.4173;8.4037;0563;Fanø;Region Syddanmark
6731;Tjæreborg;55.4648;8.5852;0561;Esbjerg;Region Syddanmark
6740;Bramming;55.4711;8.7055;0561;Esbjerg;Region Syddanmark
6752;Glejbjerg;55.5571;8.8302;0575;Vejen;Region Syddanmark
6753;Agerbæk;55.6024;8.8009;0573;Varde;Region Syddanmark
6760;Ribe;55.3209;8.7714;0561;Esbjerg;Region Syddanmark
6771;Gredstedbro;55.4033;8.7495;0561;Esbjerg;Region Syddanmark
6780;Skærbæk;55.1659;8.7766;0550;Tønder;Region Syddanmark
6792;Rømø;55.1154;8.5377;0550;Tønder;Region Syddanmark
6800;Varde;55.6349;8.5033;0573;Varde;Region Syddanmark
6818;Årre;55.5748;8.6743;0573;Varde;Region Syddanmark
6823;Ansager;55.7173;8.7474;0573;Varde;Region Syddanmark
6830;Nørre Nebel;55.7814;8.2688;0573;Varde;Region Syddanmark
6840;Oksbøl;55.6419;8.2731;0573;Varde;Region Syddanmark
6851;Janderup Vestj;55.6306;8.3734;0573;Varde;Region Syddanmark
6852;Billum;55.6137;8.3274;0573;Varde;Region Syddanmark
6853;Vejers Strand;55.6247;8.1316;0573;Varde;Region Syddanmark
6854;Henne;55.7332;8.2051;0573;Varde;Region Syddanmark
6855;Outrup;55.7166;8.353;0573;Varde;Region Syddanmark
6857;Blåvand;55.5542;8.1504;0573;Varde;Region Syddanmark
6862;Tistrup;55.7165;8.612;0573;Varde;Region Syddanmark
6870;Ølgod;55.8017;8.6196;0573;Varde;Region Syddanmark
6880;Tarm;55.8883;8.5146;0760;Ringkøbing-Skjern;Region Midtjylland
6893;Hemmet;55.8418;8.3124;0760;Ringkøbing-Skjern;Region Midtjylland
6900;Skjern;55.9668;8.4999;0760;Ringkøbing-Skjern;Region Midtjylland
6920;Videbæk;56.0762;8.6563;0760;Ringkøbing-Skjern;Region Midtjylland
6933;Kibæk;56.0102;8.8682;0657;Herning;Region Midtjylland
6940;Lem St;56.0361;8.3917;0760;Ringkøbing-Skjern;Region Midtjylland
6950;Ringkøbing;56.1039;8.2118;0760;Ringkøbing-Skjern;Region Midtjylland
6960;Hvide Sande;55.9573;8.1433;0760;Ringkøbing-Skjern;Region Midtjylland
6971;Spjald;56.137;8.5018;0760;Ringkøbing-Skjern;Region Midtjylland
6973;Ørnhøj;56.1973;8.5671;0657;Herning;Region Midtjylland
6980;Tim;56.1977;8.2896;0760;Ringkøbing-Skjern;Region Midtjylland
6990;Ulfborg;56.2967;8.2163;0661;Holstebro;Region Midtjylland
7000;Fredericia;55.5618;9.7151;0607;Fredericia;Region Syddanmark
7080;Børkop;55.6471;9.6723;0630;Vejle;Region Syddanmark
7100;Vejle;55.7042;9.5245;0630;Vejle;Region Syddanmark
7120;Vejle Øst;55.7229;9.6142;0630;Vejle;Region Syddanmark
7130;Juelsminde;55.7519;9.9985;0766;Hedensted;Region Midtjylland
7140;Stouby;55.7077;9.798;0766;Hedensted;Region Midtjylland
7150;Barrit;55.7131;9.8894;0766;Hedensted;Region Midtjylland
7160;Tørring;55.8592;9.504;0766;Hedensted;Region Midtjylland
7171;Uldum;55.8443;9.591;0766;Hedensted;Region Midtjylland
7173;Vonge;55.8628;9.4181;0630;Vejle;Region Syddanmark
7182;Bredsten;55.7049;9.3603;0630;Vejle;Region Syddanmark
7183;Randbøl;55.687;9.2611;0630;Vejle;Region Syddanmark
7184;Vandel;55.7109;9.2101;0630;Vejle;Region Syddanmark
7190;Billund;55.7261;9.1164;0530;Billund;Region Syddanmark
7200;Grindsted;55.7602;8.9211;0530;Billund;Region Syddanmark
7250;Hejnsvig;55.6884;8.9799;0530;Billund;Region Syddanmark
7260;Sønder Omme;55.8425;8.8964;0530;Billund;Region Syddanmark
7270;Stakroge;55.8965;8.847;0657;Herning;Region Midtjylland
7280;Sønder Felding;55.9411;8.7837;0657;Herning;Region Midtjylland
7300;Jelling;55.7642;9.425;0630;Vejle;Region Syddanmark
7321;Gadbjerg;55.7698;9.3054;0630;Vejle;Region Syddanmark
7323;Give;55.8507;9.25;0630;Vejle;Region Syddanmark
7330;Brande;55.9339;9.11;0756;Ikast-Brande;Region Midtjylland
7361;Ejstrupholm;55.9894;9.2921;0756;Ikast-Brande;Region Midtjylland
7362;Hampen;56.0173;9.3582;0756;Ikast-Brande;Region Midtjylland
7400;Herning;56.1331;8.9736;0657;Herning;Region Midtjylland
7430;Ikast;56.1334;9.1573;0756;Ikast-Brande;Region Midtjylland
7441;Bording;56.1509;9.2703;0756;Ikast-Brande;Region Midtjylland
7442;Engesvang;56.1689;9.3436;0756;Ikast-Brande;Region Midtjylland
7451;Sunds;56.2173;9.0229;0657;Herning;Region Midtjylland
7470;Karup J;56.3262;9.2049;0791;Viborg;Region Midtjylland
7480;Vildbjerg;56.1877;8.7674;0657;Herning;Region Midtjylland
7490;Aulum;56.2731;8.8037;0657;Herning;Region Midtjylland
7500;Holstebro;56.363;8.6301;0661;Holstebro;Region Midtjylland
7540;Haderup;56.3566;8.9744;0657;Herning;Region Midtjylland
7550;Sørvad;56.2605;8.6559;0657;Herning;Region Midtjylland
7560;Hjerm;56.4395;8.6457;0671;Struer;Region Midtjylland
7570;Vemb;56.3474;8.3622;0661;Holstebro;Region Midtjylland
7600;Struer;56.4925;8.5722;0671;Struer;Region Midtjylland
7620;Lemvig;56.541;8.292;0665;Lemvig;Region Midtjylland
7650;Bøvlingbjerg;56.4376;8.2097;0665;Lemvig;Region Midtjylland
7660;Bækmarksbro;56.4146;8.3202;0665;Lemvig;Region Midtjylland
7673;Harboøre;56.6012;8.1592;0665;Lemvig;Region Midtjylland
7680;Thyborøn;56.6984;8.2122;0665;Lemvig;Region Midtjylland
7700;Thisted;56.9726;8.6263;0787;Thisted;Region Nordjylland
7730;Hanstholm;57.107;8.6391;0787;Thisted;Region Nordjylland
7741;Frøstrup;57.1063;8.9832;0787;Thisted;Region Nordjylland
7742;Vesløs;57.022;8.9721;0787;Thisted;Region Nordjylland
7752;Snedsted;56.8782;8.5045;0787;Thisted;Region Nordjylland
7755;Bedsted Thy;56.821;8.4021;0787;Thisted;Region Nordjylland
7760;Hurup Thy;56.7306;8.4147;0787;Thisted;Region Nordjylland
7770;Vestervig;56.7726;8.2802;0787;Thisted;Region Nordjylland
7790;Thyholm;56.6368;8.5454;0671;Struer;Region Midtjylland
7800;Skive;56.5678;9.0226;0779;Skive;Region Midtjylland
7830;Vinderup;56.4743;8.7959;0661;Holstebro;Region Midtjylland
7840;Højslev;56.5815;9.1723;0779;Skive;Region Midtjylland
7850;Stoholm Jyll;56.484;9.1354;0791;Viborg;Region Midtjylland
7860;Spøttrup;56.615;8.8218;0779;Skive;Region Midtjylland
7870;Roslev;56.7234;8.9892;0779;Skive;Region Midtjylland
7884;Fur;56.822;9.0224;0779;Skive;Region Midtjylland
7900;Nykøbing M;56.8107;8.8325;0773;Morsø;Region Nordjylland
7950;Erslev;56.8472;8.7063;0773;Morsø;Region Nordjylland
7960;Karby;56.7533;8.5789;0773;Morsø;Region Nordjylland
7970;Redsted M;56.741;8.6453;0773;Morsø;Region Nordjylland
7980;Vils;56.7585;8.7271;0773;Morsø;Region Nordjylland
7990;Øster Assels;56.7025;8.7222;0773;Morsø;Region Nordjylland
8000;Aarhus C;56.1535;10.2034;0751;Aarhus;Region Midtjylland
8200;Aarhus N;56.1888;10.1901;0751;Aarhus;Region Midtjylland
8210;Aarhus V;56.1712;10.1605;0751;Aarhus;Region Midtjylland
8220;Brabrand;56.1578;10.1092;0751;Aarhus;Region Midtjylland
8230;Åbyhøj;56.1526;10.1602;0751;Aarhus;Region Midtjylland
8240;Risskov;56.1976;10.2292;0751;Aarhus;Region Midtjylland
8250;Egå;56.2216;10.293;0751;Aarhus;Region Midtjylland
8260;Viby J;56.1284;10.1421;0751;Aarhus;Region Midtjylland
8270;Højbjerg;56.1119;10.1907;0751;Aarhus;Region Midtjylland
8300;Odder;55.9626;10.1795;0727;Odder;Region Midtjylland
8305;Samsø;55.8602;10.5856;0741;Samsø;Region Midtjylland
8310;Tranbjerg J;56.0904;10.1318;0751;Aarhus;Region Midtjylland
8320;Mårslet;56.0698;10.1619;0751;Aarhus;Region Midtjylland
8330;Beder;56.0578;10.2156;0751;Aarhus;Region Midtjylland
8340;Malling;56.036;10.2065;0751;Aarhus;Region Midtjylland
8350;Hundslund;55.913;10.0565;0727;Odder;Region Midtjylland
8355;Solbjerg;56.0396;10.0881;0751;Aarhus;Region Midtjylland
8361;Hasselager;56.1077;10.0882;0751;Aarhus;Region Midtjylland
8362;Hørning;56.0848;10.0333;0746;Skanderborg;Region Midtjylland
8370;Hadsten;56.3324;10.0663;0710;Favrskov;Region Midtjylland
8380;Trige;56.2648;10.1466;0751;Aarhus;Region Midtjylland
8381;Tilst;56.1859;10.1089;0751;Aarhus;Region Midtjylland
8382;Hinnerup;56.2595;10.0657;0710;Favrskov;Region Midtjylland
8400;Ebeltoft;56.2173;10.6747;0706;Syddjurs;Region Midtjylland
8410;Rønde;56.3108;10.4664;0706;Syddjurs;Region Midtjylland
8420;Knebel;56.1792;10.4728;0706;Syddjurs;Region Midtjylland
8444;Balle;56.3145;10.7922;0706;Syddjurs;Region Midtjylland
8450;Hammel;56.2572;9.8651;0710;Favrskov;Region Midtjylland
8462;Harlev J;56.1449;9.9963;0751;Aarhus;Region Midtjylland
8464;Galten;56.1563;9.9273;0746;Skanderborg;Region Midtjylland
8471;Sabro;56.2079;10.0395;0751;Aarhus;Region Midtjylland
8472;Sporup;56.2128;9.8331;0710;Favrskov;Region Midtjylland
8500;Grenaa;56.4213;10.8743;0707;Norddjurs;Region Midtjylland
8520;Lystrup;56.2374;10.2318;0751;Aarhus;Region Midtjylland
8530;Hjortshøj;56.2628;10.2499;0751;Aarhus;Region Midtjylland
8541;Skødstrup;56.2658;10.3144;0751;Aarhus;Region Midtjylland
8543;Hornslet;56.3161;10.3114;0706;Syddjurs;Region Midtjylland
8544;Mørke;56.3521;10.3423;0706;Syddjurs;Region Midtjylland
8550;Ryomgård;56.3849;10.4826;0706;Syddjurs;Region Midtjylland
8560;Kolind;56.3532;10.5908;0706;Syddjurs;Region Midtjylland
8570;Trustrup;56.3567;10.7585;0707;Norddjurs;Region Midtjylland
8581;Nimtofte;56.4133;10.5803;0706;Syddjurs;Region Midtjylland
8585;Glesborg;56.5089;10.6657;0707;Norddjurs;Region Midtjylland
8586;Ørum Djurs;56.445;10.6601;0707;Norddjurs;Region Midtjylland
8592;Anholt;56.7066;11.5396;0707;Norddjurs;Region Midtjylland
8600;Silkeborg;56.1726;9.5564;0740;Silkeborg;Region Midtjylland
8620;Kjellerup;56.286;9.4126;0740;Silkeborg;Region Midtjylland
8632;Lemming;56.2401;9.5379;0740;Silkeborg;Region Midtjylland
8641;Sorring;56.1772;9.7805;0740;Silkeborg;Region Midtjylland
8643;Ans By;56.2993;9.6023;0740;Silkeborg;Region Midtjylland
8653;Them;56.0898;9.5503;0740;Silkeborg;Region Midtjylland
8654;Bryrup;56.026;9.517;0740;Silkeborg;Region Midtjylland
8660;Skanderborg;56.0401;9.9302;0746;Skanderborg;Region Midtjylland
8670;Låsby;56.1514;9.8075;0746;Skanderborg;Region Midtjylland
8680;Ry;56.0885;9.759;0746;Skanderborg;Region Midtjylland
8700;Horsens;55.8623;9.8468;0615;Horsens;Region Midtjylland
8721;Daugård;55.7314;9.7117;0766;Hedensted;Region Midtjylland
8722;Hedensted;55.7692;9.7022;0766;Hedensted;Region Midtjylland
8723;Løsning;55.8028;9.6973;0766;Hedensted;Region Midtjylland
8732;Hovedgård;55.9484;9.9577;0615;Horsens;Region Midtjylland
8740;Brædstrup;55.9727;9.6192;0615;Horsens;Region Midtjylland
8751;Gedved;55.9319;9.8467;0615;Horsens;Region Midtjylland
8752;Østbirk;55.9699;9.7518;0615;Horsens;Region Midtjylland
8762;Flemming;55.8706;9.6629;0766;Hedensted;Region Midtjylland
8763;Rask Mølle;55.875;9.6114;0766;Hedensted;Region Midtjylland
8765;Klovborg;55.9306;9.4903;0756;Ikast-Brande;Region Midtjylland
8766;Nørre Snede;55.9653;9.3974;0756;Ikast-Brande;Region Midtjylland
8781;Stenderup;55.7903;9.8068;0766;Hedensted;Region Midtjylland
8783;Hornsyld;55.7627;9.8514;0766;Hedensted;Region Midtjylland
8789;Endelave;55.755;10.284;0615;Horsens;Region Midtjylland
8799;Tunø;55.9512;10.4371;0727;Odder;Region Midtjylland
8800;Viborg;56.4451;9.3909;0791;Viborg;Region Midtjylland
8830;Tjele;56.502;9.6119;0791;Viborg;Region Midtjylland
8831;Løgstrup;56.519;9.3224;0791;Viborg;Region Midtjylland
8832;Skals;56.5807;9.3716;0791;Viborg;Region Midtjylland
8840;Rødkærsbro;56.3503;9.5115;0791;Viborg;Region Midtjylland
8850;Bjerringbro;56.379;9.6515;0791;Viborg;Region Midtjylland
8860;Ulstrup;56.3874;9.7928;0710;Favrskov;Region Midtjylland
8870;Langå;56.4097;9.9173;0730;Randers;Region Midtjylland
8881;Thorsø;56.3045;9.7856;0710;Favrskov;Region Midtjylland
8882;Fårvang;56.2703;9.7072;0740;Silkeborg;Region Midtjylland
8883;Gjern;56.2244;9.738;0740;Silkeborg;Region Midtjylland
8900;Randers C;56.464;10.0341;0730;Randers;Region Midtjylland
8920;Randers NV;56.4764;9.9773;0730;Randers;Region Midtjylland
8930;Randers NØ;56.4835;10.0844;0730;Randers;Region Midtjylland
8940;Randers SV;56.4358;10.0334;0730;Randers;Region Midtjylland
8950;Ørsted;56.5294;10.3334;0707;Norddjurs;Region Midtjylland
8960;Randers SØ;56.4422;10.1127;0730;Randers;Region Midtjylland
8961;Allingåbro;56.4807;10.4173;0707;Norddjurs;Region Midtjylland
8963;Auning;56.4306;10.3752;0707;Norddjurs;Region Midtjylland
8970;Havndal;56.6359;10.2281;0730;Randers;Region Midtjylland
8981;Spentrup;56.54;10.0408;0730;Randers;Region Midtjylland
8983;Gjerlev J;56.5835;10.1393;0730;Randers;Region Midtjylland
8990;Fårup;56.5456;9.879;0730;Randers;Region Midtjylland
9000;Aalborg;57.0394;9.9135;0851;Aalborg;Region Nordjylland
9200;Aalborg SV;57.0116;9.8702;0851;Aalborg;Region Nordjylland
9210;Aalborg SØ;57.0108;9.9382;0851;Aalborg;Region Nordjylland
9220;Aalborg Øst;57.0291;9.9939;0851;Aalborg;Region Nordjylland
9230;Svenstrup J;56.9679;9.8502;0851;Aalborg;Region Nordjylland
9240;Nibe;56.9807;9.6229;0851;Aalborg;Region Nordjylland
9260;Gistrup;56.9813;9.9943;0851;Aalborg;Region Nordjylland
9270;Klarup;57.0119;10.05;0851;Aalborg;Region Nordjylland
9280;Storvorde;56.9769;10.1718;0851;Aalborg;Region Nordjylland
9293;Kongerslev;56.8928;10.1153;0851;Aalborg;Region Nordjylland
9300;Sæby;57.3102;10.5013;0813;Frederikshavn;Region Nordjylland
9310;Vodskov;57.1002;10.0665;0851;Aalborg;Region Nordjylland
9320;Hjallerup;57.1772;10.1484;0810;Brønderslev;Region Nordjylland
9330;Dronninglund;57.1791;10.2976;0810;Brønderslev;Region Nordjylland
9340;Asaa;57.1367;10.3919;0810;Brønderslev;Region Nordjylland
9352;Dybvad;57.2803;10.3281;0813;Frederikshavn;Region Nordjylland
9362;Gandrup;57.0555;10.1854;0851;Aalborg;Region Nordjylland
9370;Hals;57.0316;10.3312;0851;Aalborg;Region Nordjylland
9380;Vestbjerg;57.1318;9.9628;0851;Aalborg;Region Nordjylland
9381;Sulsted;57.1645;9.9601;0851;Aalborg;Region Nordjylland
9382;Tylstrup;57.1981;9.9408;0851;Aalborg;Region Nordjylland
9400;Nørresundby;57.0698;9.9249;0851;Aalborg;Region Nordjylland
9430;Vadum;57.1195;9.8578;0851;Aalborg;Region Nordjylland
9440;Aabybro;57.1458;9.7416;0849;Jammerbugt;Region Nordjylland
9460;Brovst;57.1072;9.5186;0849;Jammerbugt;Region Nordjylland
9480;Løkken;57.3825;9.7439;0860;Hjørring;Region Nordjylland
9490;Pandrup;57.2111;9.6381;0849;Jammerbugt;Region Nordjylland
9492;Blokhus;57.2542;9.6048;0849;Jammerbugt;Region Nordjylland
9493;Saltum;57.2809;9.6602;0849;Jammerbugt;Region Nordjylland
9500;Hobro;56.6469;9.7953;0846;Mariagerfjord;Region Nordjylland
9510;Arden;56.7647;9.892;0846;Mariagerfjord;Region Nordjylland
9520;Skørping;56.8442;9.9058;0840;Rebild;Region Nordjylland
9530;Støvring;56.8945;9.8197;0840;Rebild;Region Nordjylland
9541;Suldrup;56.8479;9.6904;0840;Rebild;Region Nordjylland
9550;Mariager;56.6527;10.008;0846;Mariagerfjord;Region Nordjylland
9560;Hadsund;56.7505;10.2076;0846;Mariagerfjord;Region Nordjylland
9574;Bælum;56.8271;10.1248;0840;Rebild;Region Nordjylland
9575;Terndrup;56.8125;10.0575;0840;Rebild;Region Nordjylland
9600;Aars;56.8062;9.4964;0820;Vesthimmerlands;Region Nordjylland
9610;Nørager;56.7454;9.6701;0840;Rebild;Region Nordjylland
9620;Aalestrup;56.694;9.4909;0820;Vesthimmerlands;Region Nordjylland
9631;Gedsted;56.6911;9.3438;0820;Vesthimmerlands;Region Nordjylland
9632;Møldrup;56.6077;9.5031;0791;Viborg;Region Midtjylland
9640;Farsø;56.7691;9.2872;0820;Vesthimmerlands;Region Nordjylland
9670;Løgstør;56.9303;9.2656;0820;Vesthimmerlands;Region Nordjylland
9681;Ranum;56.8967;9.2038;0820;Vesthimmerlands;Region Nordjylland
9690;Fjerritslev;57.0961;9.2608;0849;Jammerbugt;Region Nordjylland
9700;Brønderslev;57.273;9.9482;0810;Brønderslev;Region Nordjylland
9740;Jerslev J;57.2896;10.1101;0810;Brønderslev;Region Nordjylland
9750;Østervrå;57.3401;10.2594;0813;Frederikshavn;Region Nordjylland
9760;Vrå;57.3581;9.9481;0860;Hjørring;Region Nordjylland
9800;Hjørring;57.4654;9.9685;0860;Hjørring;Region Nordjylland
9830;Tårs;57.3804;10.1308;0860;Hjørring;Region Nordjylland
9850;Hirtshals;57.5707;9.9667;0860;Hjørring;Region Nordjylland
9870;Sindal;57.4677;10.236;0860;Hjørring;Region Nordjylland
9881;Bindslev;57.5707;10.2023;0860;Hjørring;Region Nordjylland
9900;Frederikshavn;57.4404;10.5041;0813;Frederikshavn;Region Nordjylland
9940;Læsø;57.288;11.0146;0825;Læsø;Region Nordjylland
9970;Strandby;57.4956;10.4893;0813;Frederikshavn;Region Nordjylland
9981;Jerup;57.5261;10.4362;0813;Frederikshavn;Region Nordjylland
9982;Ålbæk;57.5996;10.4044;0813;Frederikshavn;Region Nordjylland
9990;Skagen;57.7208;10.5621;0813;Frederikshavn;Region Nordjylland
`;
